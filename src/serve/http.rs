//! `serve`'s HTTP side: the output folder as static files, plus the
//! live-reload channel. Every HTML response gets one `<script>` added on the
//! way out (the files on disk never have it); the script listens to
//! `/__opcat-press/events` (server-sent events) and reloads the page or
//! shows the build's errors over it.

use std::convert::Infallible;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::handler::HandlerWithoutStateExt;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use futures_util::Stream;
use futures_util::stream::{self, StreamExt};
use tokio::sync::broadcast;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

const LIVE_JS: &str = include_str!("live.js");

/// What open pages are told.
#[derive(Clone)]
struct Message {
    event: &'static str,
    data: String,
}

/// The build's state as open pages see it, and the channel to tell them.
pub struct Live {
    errors: Mutex<Option<String>>,
    /// Counts the rebuilds that changed files. A page is served with the
    /// number it was built at; if the stream it opens gives another, a
    /// rebuild happened in between and the page reloads.
    build: AtomicU64,
    tx: broadcast::Sender<Message>,
}

impl Live {
    pub fn new() -> Live {
        Live {
            errors: Mutex::new(None),
            build: AtomicU64::new(0),
            tx: broadcast::channel(64).0,
        }
    }

    fn build(&self) -> u64 {
        self.build.load(Ordering::SeqCst)
    }

    /// The build's problems (plain text), or `None` when it is good again:
    /// open pages show or remove their overlay.
    pub fn set_errors(&self, errors: Option<String>) {
        if let Ok(mut e) = self.errors.lock() {
            if *e == errors {
                return;
            }
            e.clone_from(&errors);
        }
        // No open page is not a failure.
        let _ = self.tx.send(state_message(errors.as_deref(), self.build()));
    }

    /// These output files changed: pages showing one of them reload.
    pub fn reload(&self, paths: &[String]) {
        if paths.is_empty() {
            return;
        }
        let build = self.build.fetch_add(1, Ordering::SeqCst) + 1;
        let data = serde_json::json!({ "build": build, "paths": paths }).to_string();
        let _ = self.tx.send(Message {
            event: "reload",
            data,
        });
    }

    fn current(&self) -> Message {
        let errors = self.errors.lock().ok().and_then(|e| e.clone());
        state_message(errors.as_deref(), self.build())
    }
}

impl Default for Live {
    fn default() -> Live {
        Live::new()
    }
}

fn state_message(errors: Option<&str>, build: u64) -> Message {
    Message {
        event: "state",
        data: serde_json::json!({ "errors": errors, "build": build }).to_string(),
    }
}

/// Serves `root` on `listener` until the process ends.
pub async fn run(
    listener: std::net::TcpListener,
    root: PathBuf,
    live: Arc<Live>,
) -> std::io::Result<()> {
    listener.set_nonblocking(true)?;
    let port = listener.local_addr()?.port();
    let hosts: Arc<[String]> = ["127.0.0.1", "localhost"]
        .map(|h| format!("{h}:{port}"))
        .into();
    let listener = tokio::net::TcpListener::from_std(listener)?;
    let not_found_root = root.clone();
    let not_found = move || not_found(not_found_root.clone());
    let files = ServeDir::new(&root)
        .append_index_html_on_directories(true)
        .not_found_service(not_found.into_service());
    let app = Router::new()
        .route(
            "/__opcat-press/live.js",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
                    LIVE_JS,
                )
            }),
        )
        .route("/__opcat-press/events", get(events))
        .fallback_service(files)
        .layer(middleware::from_fn_with_state(
            live.clone(),
            add_live_script,
        ))
        .with_state(live)
        .layer(middleware::from_fn(move |req: Request, next: Next| {
            only_this_computer(hosts.clone(), req, next)
        }))
        // A reload must fetch what was just rebuilt, never a cached copy.
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ));
    axum::serve(listener, app).await
}

/// The site's own 404 page, or a word that there is nothing yet (the first
/// build failed). Either way the live script comes with it, so the page
/// shows the errors and reloads once the site builds.
async fn not_found(root: PathBuf) -> Response {
    match tokio::fs::read(root.join("404.html")).await {
        Ok(bytes) => Html(bytes).into_response(),
        Err(_) => Html(
            "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Not built yet</title>\
             <p>Nothing has been built here yet. The terminal running <code>opcat-press serve</code> \
             says why.</p></html>",
        )
        .into_response(),
    }
}

/// The event stream: the current state first, then every change.
async fn events(
    State(live): State<Arc<Live>>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let rx = live.tx.subscribe();
    let first = stream::once(std::future::ready(live.current()));
    let rest = stream::unfold(rx, |mut rx| async move {
        loop {
            match rx.recv().await {
                Ok(m) => return Some((m, rx)),
                // A slow page missed some: what matters is the latest.
                Err(broadcast::error::RecvError::Lagged(_)) => continue,
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    });
    let stream = first
        .chain(rest)
        .map(|m| Ok(Event::default().event(m.event).data(m.data)));
    Sse::new(stream).keep_alive(KeepAlive::default())
}

/// Answers only requests addressed to this server by its own name: a web
/// page elsewhere that points a name of its own at 127.0.0.1 ("DNS
/// rebinding") would otherwise read the preview, drafts and all.
async fn only_this_computer(hosts: Arc<[String]>, req: Request, next: Next) -> Response {
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    if hosts.iter().any(|h| h.eq_ignore_ascii_case(host)) {
        next.run(req).await
    } else {
        (
            StatusCode::FORBIDDEN,
            format!(
                "opcat-press serve answers only at http://{}/\n",
                hosts.first().map_or("127.0.0.1", |h| h.as_str())
            ),
        )
            .into_response()
    }
}

/// Adds the live script to HTML responses (whole pages, not ranges), with
/// the number of the build the page is from.
async fn add_live_script(State(live): State<Arc<Live>>, req: Request, next: Next) -> Response {
    // Read before the file is, so a rebuild in between makes it older.
    let build = live.build();
    let res = next.run(req).await;
    let is_html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !is_html || !matches!(res.status(), StatusCode::OK | StatusCode::NOT_FOUND) {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(with_live_script(&bytes, build)))
}

/// The page with the live script before `</body>`, or at its end when the
/// page leaves the optional end tag out.
fn with_live_script(html: &[u8], build: u64) -> Vec<u8> {
    let tag =
        format!("<script type=\"module\" src=\"/__opcat-press/live.js?build={build}\"></script>");
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + tag.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(tag.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_live_script_goes_before_the_body_end_or_at_the_end() {
        assert_eq!(
            String::from_utf8_lossy(&with_live_script(b"<p>a</p></BODY></html>", 3)),
            "<p>a</p><script type=\"module\" src=\"/__opcat-press/live.js?build=3\"></script></BODY></html>"
        );
        assert_eq!(
            String::from_utf8_lossy(&with_live_script(b"<p>a", 0)),
            "<p>a<script type=\"module\" src=\"/__opcat-press/live.js?build=0\"></script>"
        );
    }
}
