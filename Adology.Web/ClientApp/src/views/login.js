import { h } from "../dom.js";

/**
 * @typedef {object} LoginOptions
 * @property {(mode: "login" | "register", email: string, password: string) => Promise<string | null>} submit
 * @property {string} [notice] What to say above the buttons, e.g. why the user was logged out.
 */

/**
 * The login card; `submit(mode, email, password)` resolves to an error text or null.
 * @param {LoginOptions} options
 */
export function loginView({ submit, notice }) {
  const email = h("input", { id: "login-email", type: "email", name: "email", autocomplete: "username", required: true, "data-testid": "login-email" });
  const password = h("input", { id: "login-password", type: "password", name: "password", autocomplete: "current-password", required: true, minlength: 8, "data-testid": "login-password" });
  const error = h("p", { class: "form-error", role: "alert", "data-testid": "login-error" }, notice ?? "");
  const loginButton = h("button", { type: "submit", class: "button primary", "data-testid": "login-submit" }, "Log in");
  const registerButton = h("button", { type: "button", class: "button", "data-testid": "register-button" }, "Create account");

  /** @param {"login" | "register"} mode */
  async function run(mode) {
    if (!form.reportValidity()) return;
    loginButton.disabled = registerButton.disabled = true;
    error.textContent = "";
    const problem = await submit(mode, email.value.trim(), password.value);
    loginButton.disabled = registerButton.disabled = false;
    if (problem) error.textContent = problem;
  }

  const form = h(
    "form",
    { class: "card login-card", "data-testid": "login-form", onSubmit: (/** @type {SubmitEvent} */ event) => (event.preventDefault(), run("login")) },
    h("h1", {}, h("span", { class: "logo", "aria-hidden": "true" }), "Adology"),
    h("p", { class: "muted" }, "Log in to start scans and watch them live."),
    h("div", { class: "field" }, h("label", { for: "login-email" }, "Email"), email),
    h("div", { class: "field" }, h("label", { for: "login-password" }, "Password"), password),
    error,
    h("div", { class: "actions" }, loginButton, registerButton),
  );
  registerButton.addEventListener("click", () => run("register"));
  return h("main", { class: "login-page" }, form);
}
