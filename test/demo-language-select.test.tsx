import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { axe } from "vitest-axe";
import { LanguageSelect } from "../demo/language-select";

describe("issue 12: the demo toolbar's Language select", () => {
  it("lists every language by its own name, marked with its lang, and says which one was chosen", async () => {
    const onChange = vi.fn();
    const { container } = render(<LanguageSelect value="en" onChange={onChange} />);
    const select = screen.getByRole("combobox", { name: "Language" });
    const options = screen.getAllByRole("option");
    expect(options.map((option) => [option.textContent, option.getAttribute("lang")])).toEqual([
      ["English", "en"],
      ["العربية", "ar"],
      ["עברית", "he"],
      ["日本語", "ja"],
      ["简体中文", "zh-CN"],
      ["한국어", "ko"],
      ["Deutsch", "de"],
      ["Français", "fr"],
      ["Español", "es"],
      ["Português (Brasil)", "pt-BR"],
      ["Italiano", "it"],
      ["Nederlands", "nl"],
      ["English, right to left", "en"],
    ]);
    await userEvent.selectOptions(select, "Deutsch");
    await userEvent.selectOptions(select, "العربية");
    await userEvent.selectOptions(select, "English, right to left");
    expect(onChange.mock.calls).toEqual([["de"], ["ar"], ["en-rtl"]]);
    expect(await axe(container)).toHaveNoViolations();
  });
});
