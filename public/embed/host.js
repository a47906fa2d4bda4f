/*
 * Time Atlas: optional helper for a page that embeds the atlas in an <iframe>.
 *
 * What it does: an embedded atlas (a URL with embed=1) tells its parent page how tall it is,
 * in a message { type: 'time-atlas:height', height }. This script listens for that message and
 * sets the height of the one iframe that sent it, so the atlas fits without an inner scroll bar.
 *
 * How to use: copy this file next to your page (it is yours: nothing is loaded from elsewhere)
 * and add, anywhere in the page:
 *
 *   <script src="host.js" defer></script>
 *
 * Options, as attributes on the <iframe> (optional):
 *   data-min-height="240"   never smaller than this many pixels (default 240)
 *   data-max-height="2400"  never taller than this many pixels (default 2400)
 *
 * What it ignores: messages of any other type, heights that are not a finite number, and any
 * message that does not come from an iframe on this page whose address has the same origin as
 * the message. It never sends anything to the frame and changes nothing but the iframe's height.
 *
 * Plain JavaScript with no dependencies; works in every current browser. Licence: MIT, as the app.
 */
(function () {
  'use strict';

  var MESSAGE_TYPE = 'time-atlas:height';
  var DEFAULT_MIN_HEIGHT = 240;
  var DEFAULT_MAX_HEIGHT = 2400;

  /** The iframe on this page whose window sent the message, or null. */
  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  /** The origin of the iframe's own address, so a frame that navigated away is not obeyed. */
  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch {
      return null;
    }
  }

  /** A number attribute of the frame, or the fallback when it is missing or not a number. */
  function numberAttribute(frame, name, fallback) {
    var value = Number(frame.getAttribute(name));
    return frame.hasAttribute(name) && isFinite(value) && value > 0 ? value : fallback;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== MESSAGE_TYPE) return;
    if (typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frame = frameOf(event.source);
    if (!frame || originOf(frame) !== event.origin) return;
    var min = numberAttribute(frame, 'data-min-height', DEFAULT_MIN_HEIGHT);
    var max = Math.max(min, numberAttribute(frame, 'data-max-height', DEFAULT_MAX_HEIGHT));
    var height = Math.round(Math.min(max, Math.max(min, data.height)));
    // The snippet reserves space with an aspect ratio and limits; the reported height replaces them.
    frame.style.aspectRatio = 'auto';
    frame.style.minHeight = '0';
    frame.style.maxHeight = 'none';
    frame.style.height = height + 'px';
  });
})();
