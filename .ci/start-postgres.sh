#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on a free loopback port (as root, no systemd) and prints
# `export DATABASE_URL=…` and `export PG_STOP=…` lines for the caller to eval.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGDIR=$(mktemp -d /tmp/rekindle-pg.XXXX)
chown postgres:postgres "$PGDIR"
PGPORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
runuser -u postgres -- "$PGBIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -c port=$PGPORT -c unix_socket_directories=$PGDIR -c fsync=on" start >/dev/null
runuser -u postgres -- "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres rekindle
echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$PGPORT/rekindle"
echo "export PG_CTL_STOP='runuser -u postgres -- $PGBIN/pg_ctl -D $PGDIR/data -m fast -w stop'"
echo "export PG_CTL_START='runuser -u postgres -- $PGBIN/pg_ctl -D $PGDIR/data -l $PGDIR/server.log -w -t 30 -o \"-c listen_addresses=127.0.0.1 -c port=$PGPORT -c unix_socket_directories=$PGDIR\" start'"
