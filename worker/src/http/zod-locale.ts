import * as z from "zod";
import ru from "zod/v4/locales/ru.js";

// Every message a user can see is Russian, including zod's own issue messages in problem+json
// (`issues[].message`): zod's Russian locale, configured once, for the worker only — the add-on
// bundle does not carry it (its forms show their own Russian field messages).
z.config(ru());
