// Apps Script's `Utilities`: the calls the actions need, kept here so that only services/ touches
// platform globals.

/** A fresh submission id (a v4 UUID from Apps Script). */
export function newUuid(): string {
  return Utilities.getUuid();
}

/** Apps Script's Utilities.base64Decode gives signed bytes; the readers want unsigned ones. */
export function bytesFromBase64(base64: string): Uint8Array {
  return Uint8Array.from(Utilities.base64Decode(base64));
}

/** Signed bytes as Apps Script gives them (HTTPResponse.getBlob().getBytes()) → base64, no copy. */
export function base64FromBytes(bytes: GoogleAppsScript.Byte[]): string {
  return Utilities.base64Encode(bytes);
}
