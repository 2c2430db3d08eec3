//! The changes of a `-force` batch sent through nlkit's pipeline by a second thread
//! (errors-only acknowledgements, many messages per sendmsg), so that parsing the next
//! lines and the kernel's work overlap; the failures are printed per line and in order
//! ("Command failed FILE:LINE"). `ip -force -batch` and `bridge -force -batch` use it.

use crate::diag;
use nlkit::engine::{AckMode, Conn, Pipeline};
use std::collections::VecDeque;
use std::sync::mpsc;

/// What the parsing thread hands the sending thread.
enum ToSender {
    /// The change of line N, as its request.
    Request(u64, nlkit::wire::MessageBuilder),
    /// Send what is queued, wait for every answer, print the failures, and say (true)
    /// whether there was one since the last flush.
    Flush(mpsc::SyncSender<bool>),
}

/// Changes in flight. The lines are parsed on the calling thread while a second
/// thread owns the connection and its pipeline: parsing and the kernel's work overlap.
/// Failures are printed by the sender, per line and in order; every other command waits for
/// a flush first, so output stays in line order.
pub struct Bulk {
    tx: Option<mpsc::SyncSender<ToSender>>,
    sender: Option<std::thread::JoinHandle<()>>,
}

impl Bulk {
    /// Starts the sending thread on `conn`; failures name `file`.
    pub fn start(mut conn: Conn, file: String) -> Bulk {
        let (tx, rx) = mpsc::sync_channel::<ToSender>(8192);
        let sender = std::thread::spawn(move || {
            let mut pipeline = conn.pipeline();
            pipeline
                .set_ack_mode(AckMode::ErrorsOnly)
                .set_window(4096)
                .set_batch_bytes(64 * 1024);
            let mut lines: VecDeque<u64> = VecDeque::new();
            let mut failed = false;
            for msg in rx {
                match msg {
                    ToSender::Request(line, request) => {
                        pipeline.push(&request);
                        lines.push_back(line);
                        failed |= report(&mut pipeline, &mut lines, &file);
                    }
                    ToSender::Flush(ack) => {
                        pipeline.finish();
                        failed |= report(&mut pipeline, &mut lines, &file);
                        let _ = ack.send(std::mem::take(&mut failed));
                    }
                }
            }
        });
        Bulk {
            tx: Some(tx),
            sender: Some(sender),
        }
    }

    /// Queues the change of batch line `line`.
    pub fn push(&mut self, line: u64, request: nlkit::wire::MessageBuilder) {
        if let Some(tx) = &self.tx {
            let _ = tx.send(ToSender::Request(line, request));
        }
    }

    /// Waits until every queued change is answered; true if one failed.
    pub fn finish(&mut self) -> bool {
        let Some(tx) = &self.tx else { return false };
        let (ack, done) = mpsc::sync_channel(1);
        if tx.send(ToSender::Flush(ack)).is_err() {
            return false;
        }
        done.recv().unwrap_or(false)
    }
}

impl Drop for Bulk {
    fn drop(&mut self) {
        self.tx = None; // ends the sender's loop
        if let Some(h) = self.sender.take() {
            let _ = h.join();
        }
    }
}

/// Prints the failures that are ready, in order; true if there was one.
fn report(pipeline: &mut Pipeline<'_>, lines: &mut VecDeque<u64>, file: &str) -> bool {
    let mut failed = false;
    while let Some(done) = pipeline.pop_result() {
        let line = lines.pop_front().unwrap_or(done.index);
        if let Err(e) = done.result {
            diag::kernel(&e).print();
            crate::diag::warn(&format!("Command failed {file}:{line}"));
            failed = true;
        }
    }
    failed
}
