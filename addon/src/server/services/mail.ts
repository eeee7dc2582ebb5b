// The only file that talks to MailApp (scope script.send_mail, used by «Напомнить» alone).
export function remainingMailQuota(): number {
  return MailApp.getRemainingDailyQuota();
}

export function sendMail(to: string, subject: string, body: string): void {
  MailApp.sendEmail(to, subject, body);
}
