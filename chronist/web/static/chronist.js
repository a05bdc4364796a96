// Chronist web view: small enhancements; every page works without this script.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // Article view: hovering an event row outlines its source, target and trigger in the text.
  const text = document.getElementById("article-text");
  if (text) {
    document.querySelectorAll("tr.event").forEach((row) => {
      const id = row.dataset.event;
      const marks = () => text.querySelectorAll("span.hl");
      row.addEventListener("mouseenter", () => {
        row.classList.add("hover");
        marks().forEach((m) => { if (m.dataset.events.split(" ").includes(id)) m.classList.add("hover"); });
      });
      row.addEventListener("mouseleave", () => {
        row.classList.remove("hover");
        marks().forEach((m) => m.classList.remove("hover"));
      });
    });
    const chosen = text.querySelector("span.hl.sel");
    if (chosen) chosen.scrollIntoView({ block: "center" });
  }
  // Network: hovering an actor dims the edges that do not touch it.
  const net = document.getElementById("network");
  if (net) {
    net.querySelectorAll("g.node").forEach((node) => {
      const actor = node.dataset.actor;
      node.addEventListener("mouseenter", () => net.querySelectorAll("path.edge").forEach((e) => {
        if (e.dataset.source !== actor && e.dataset.target !== actor) e.classList.add("dim");
      }));
      node.addEventListener("mouseleave", () => net.querySelectorAll("path.edge.dim").forEach((e) => e.classList.remove("dim")));
    });
  }
});
