// Replies to texts Kindling cannot act on: an empty text, pictures only, a text it failed to take in (resend it).

export const EMPTY_TEXT = 'That text came through empty. Text me a note about someone you met, or HELP for options.';
export const MEDIA_ONLY_TEXT = "I can only read words for now, not pictures. Text me a note about who you met and I'll save it.";
export const RESEND_TEXT = "Sorry, I didn't catch that. Please resend it in a minute.";
