import type { ActivityMessages } from "./types";

/**
 * The console's choice between the members and the activity, in English: part of
 * `defaultActivityMessages`, in a module of its own so that the console's first paint, which shows the
 * choice while the activity log loads on demand, does not bundle the rest of the activity's English
 * (`useMessageSection("activity", defaultActivityViewMessages)`).
 */
export const defaultActivityViewMessages: Pick<ActivityMessages, "showLog" | "showMembers" | "viewsLabel"> = {
  showLog: "Activity",
  showMembers: "Members",
  viewsLabel: "View",
};
