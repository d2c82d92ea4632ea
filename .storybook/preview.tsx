import type { Preview } from "@storybook/react-vite";
import { mswLoader } from "msw-storybook-addon/csf3";
import "../src/styles/rosterkit.css";

const preview: Preview = {
  loaders: [mswLoader()],
  parameters: {
    layout: "padded",
    // Accessibility violations fail the story's test, in Storybook and in `npm test`.
    a11y: { test: "error" },
    controls: { expanded: true },
  },
  tags: ["autodocs"],
};

export default preview;
