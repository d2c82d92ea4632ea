import type { StorybookConfig } from "@storybook/react-vite";

/** Plugins of the library build that have no place in Storybook (TOOLCHAIN.md: filter vite-plugin-dts out). */
const LIBRARY_ONLY_PLUGINS = new Set(["unplugin:dts", "vite:dts", "rosterkit:emit-styles"]);

function pluginName(plugin: unknown): string | undefined {
  return typeof plugin === "object" && plugin !== null && "name" in plugin && typeof plugin.name === "string" ? plugin.name : undefined;
}

const config: StorybookConfig = {
  stories: ["../stories/**/*.mdx", "../stories/**/*.stories.@(ts|tsx)"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  framework: { name: "@storybook/react-vite", options: {} },
  core: { disableTelemetry: true },
  staticDirs: ["../public"],
  viteFinal(viteConfig) {
    const plugins = (viteConfig.plugins ?? []).flat().filter((plugin) => !LIBRARY_ONLY_PLUGINS.has(pluginName(plugin) ?? ""));
    return { ...viteConfig, plugins, build: { ...viteConfig.build, lib: false } };
  },
};

export default config;
