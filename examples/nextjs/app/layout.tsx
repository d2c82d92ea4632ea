import type { ReactNode } from "react";
import "rosterkit/styles.css";

export const metadata = { title: "Members · Rosterkit on Next.js", icons: "data:," };

export default function RootLayout({ children }: { readonly children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
