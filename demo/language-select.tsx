import type { DemoLanguageValue } from "./demo-languages";
import { DEMO_LANGUAGES } from "./demo-languages";

interface LanguageSelectProps {
  readonly value: DemoLanguageValue;
  readonly onChange: (value: DemoLanguageValue) => void;
}

/**
 * The demo toolbar's Language select: every shipped locale by its name in its own language (each name
 * marked with its `lang`, so a screen reader says it in that language), then English right to left.
 */
export function LanguageSelect({ value, onChange }: LanguageSelectProps) {
  return (
    <label>
      Language{" "}
      <select value={value} onChange={(event) => onChange(DEMO_LANGUAGES.find((language) => language.value === event.target.value)?.value ?? "en")}>
        {DEMO_LANGUAGES.map((language) => (
          <option key={language.value} value={language.value} lang={language.tag}>
            {language.name}
          </option>
        ))}
      </select>
    </label>
  );
}
