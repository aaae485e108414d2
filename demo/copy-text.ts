/**
 * Copies the text of a textarea to the clipboard: the asynchronous Clipboard API where the page may use it, else the
 * old `execCommand('copy')` on the selected text. Resolves to false when neither worked; the text is then left
 * selected, so the user can copy it by keyboard.
 */
export async function copyText(textarea: HTMLTextAreaElement): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(textarea.value);
      return true;
    }
  } catch {
    // Denied (no user activation, an insecure context, a permissions policy): try the fallback.
  }
  textarea.focus();
  textarea.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
