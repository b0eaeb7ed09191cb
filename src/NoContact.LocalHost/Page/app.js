// The phone page: each phone shows the texts it sent and received, read from /dev/messages.
"use strict";

const phones = [
  { number: "+15550100123", who: "You" },
  { number: "+15550100124", who: "Your partner" },
];
const messages = [];
let appNumber = "";
let appTimeZone = undefined;

async function call(path, body) {
  const response = await fetch(path, body === undefined ? {} : {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${path}: ${response.status} ${await response.text()}`);
  }
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

function addPhone(number, who) {
  if (phones.some(p => p.number === number) || number === appNumber) return;
  phones.push({ number, who });
  renderPhones();
}

function renderPhones() {
  const container = document.getElementById("phones");
  container.replaceChildren(...phones.map(phoneElement));
  renderThreads();
}

function phoneElement(phone) {
  const element = document.getElementById("phone-template").content.firstElementChild.cloneNode(true);
  element.dataset.number = phone.number;
  element.querySelector(".who").textContent = phone.who;
  element.querySelector(".number").textContent = phone.number;
  element.querySelector(".compose").addEventListener("submit", event => {
    event.preventDefault();
    send(phone.number, event.target);
  });
  return element;
}

async function send(number, form) {
  const input = form.elements.body;
  const body = input.value.trim();
  if (!body) return;
  input.value = "";
  try {
    await call("/dev/send", { from: number, body });
    showStatus("");
  } catch (error) {
    showStatus(error.message);
  }
  await poll();
}

function renderThreads() {
  for (const element of document.querySelectorAll(".phone")) {
    const number = element.dataset.number;
    const thread = element.querySelector(".thread");
    const mine = messages.filter(m => m.from === number || m.to === number);
    if (mine.length === 0) {
      thread.replaceChildren(emptyNote());
      continue;
    }
    thread.replaceChildren(...mine.map(m => bubble(m, number)));
    thread.scrollTop = thread.scrollHeight;
  }
}

function emptyNote() {
  const note = document.createElement("li");
  note.className = "empty";
  note.textContent = "No texts yet. Try JOIN.";
  return note;
}

function bubble(message, number) {
  const item = document.createElement("li");
  item.className = "bubble " + (message.from === number ? "sent" : "received");
  item.dataset.via = message.via;
  item.textContent = message.body;
  const meta = document.createElement("span");
  meta.className = "meta";
  // Times read in the app's time zone, like the clock above, whatever the browser's zone.
  const time = new Date(message.time).toLocaleString("en-GB",
    { weekday: "short", hour: "2-digit", minute: "2-digit", timeZone: appTimeZone });
  meta.textContent = message.from === number ? time : `${time} · ${message.via}`;
  item.append(meta);
  return item;
}

async function poll() {
  const after = messages.length ? messages[messages.length - 1].id : 0;
  const fresh = await call(`/dev/messages?after=${after}`);
  if (fresh.length === 0) return;
  messages.push(...fresh);
  for (const m of fresh) {
    if (m.direction === "out" && m.to !== appNumber) addPhone(m.to, "Someone");
    if (m.direction === "in") addPhone(m.from, "Someone");
  }
  renderThreads();
}

async function refreshStatus() {
  const status = await call("/dev/status");
  appNumber = status.appNumber;
  if (appTimeZone !== status.clock.timeZone) {
    appTimeZone = status.clock.timeZone;
    renderThreads();
  }
  document.getElementById("clock").textContent = status.clock.display;
  document.getElementById("zone").textContent = status.clock.timeZone;
  const timers = document.getElementById("timers");
  if (timers.querySelectorAll("button").length === 0) {
    for (const f of status.functions.filter(f => f.trigger === "timer")) {
      const button = document.createElement("button");
      button.textContent = f.name;
      button.title = `Schedule ${f.detail}`;
      button.dataset.function = f.name;
      timers.append(button);
    }
  }
  document.getElementById("status").textContent =
    `App number ${status.appNumber} · Azurite ${status.azurite.state.toLowerCase()} · ` +
    status.functions.map(f => `${f.name} (${f.detail})`).join(" · ");
}

function showStatus(text) {
  const error = document.getElementById("error");
  error.textContent = text;
  error.hidden = !text;
}

async function onBarClick(event) {
  const button = event.target.closest("button");
  if (!button) return;
  button.disabled = true;
  try {
    if (button.dataset.function) await call(`/admin/functions/${button.dataset.function}`, {});
    if (button.dataset.advance) await call("/dev/clock", { advance: button.dataset.advance });
    if (button.dataset.next) await call("/dev/clock", { next: button.dataset.next });
    await Promise.all([refreshStatus(), poll()]);
    showStatus("");
  } catch (error) {
    showStatus(error.message);
  } finally {
    button.disabled = false;
  }
}

document.querySelector(".bar").addEventListener("click", onBarClick);
document.getElementById("add-phone").addEventListener("submit", event => {
  event.preventDefault();
  const number = event.target.elements.number.value.trim();
  if (number) addPhone(number, "Someone");
  event.target.reset();
});

renderPhones();
refreshStatus().catch(error => showStatus(error.message));
poll().catch(error => showStatus(error.message));
setInterval(() => poll().catch(error => showStatus(error.message)), 1000);
setInterval(() => refreshStatus().catch(() => {}), 1000);
