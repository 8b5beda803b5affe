/** The reply textarea's element id: the `r` shortcut focuses it from anywhere in the workspace. */
export const replyBoxId = 'reply-box';
