import '../../ui/field.css';

/** "GB" → "United Kingdom", in English like the rest of the app (the code itself if unknown). */
function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const somewhereElse = '';

/** Where the person is, among the countries the lines cover, or "Somewhere else". */
export function CountryPicker({
  countries,
  country,
  onChange,
}: {
  countries: string[];
  country: string | null;
  onChange(country: string | null): void;
}) {
  const options = countries
    .map((code) => ({ code, name: countryName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  // A region with no lines of its own (say FR) shows as "Somewhere else": the directories come first.
  const value = country && countries.includes(country) ? country : somewhereElse;
  return (
    <div className="field country-picker">
      <label htmlFor="help-country">Where are you?</label>
      <select
        id="help-country"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value || null)}
        aria-describedby="help-country-hint"
      >
        {options.map(({ code, name }) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
        <option value={somewhereElse}>Somewhere else</option>
      </select>
      <p className="hint" id="help-country-hint">
        Remembered on this device only.
      </p>
    </div>
  );
}
