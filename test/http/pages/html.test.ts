import { describe, expect, it } from "vitest";
import { html, lines, link, raw } from "../../../src/http/pages/html.js";

describe("the html template", () => {
  it("escapes every interpolated text, in content and in attributes", () => {
    const title = `<script>alert("x")</script> & 'more'`;
    expect(html`<p title="${title}">${title}</p>`.markup).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;</p>',
    );
  });

  it("keeps its own output and raw() markup, joins lists and renders nothing for false, null and undefined", () => {
    const items = ["a<b", "c"].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>${false}${null}${undefined}${raw("&nbsp;")}${3}`.markup).toBe("<ul><li>a&lt;b</li><li>c</li></ul>&nbsp;3");
  });

  it("keeps line breaks as <br> and escapes each line", () => {
    expect(html`<p>${lines("one <i>\r\ntwo")}</p>`.markup).toBe("<p>one &lt;i&gt;<br>two</p>");
  });

  it("links only http(s) URLs; any other scheme stays text", () => {
    expect(link("https://meet.example.fi/a?b=1&c=2").markup).toBe(
      '<a href="https://meet.example.fi/a?b=1&amp;c=2" rel="noopener noreferrer">https://meet.example.fi/a?b=1&amp;c=2</a>',
    );
    expect(link("javascript:alert(1)").markup).toBe("javascript:alert(1)");
  });
});
