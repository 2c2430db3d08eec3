//! devlink (generic netlink family `devlink`, linux/devlink.h), typed: devices by their
//! handle (bus name and device name, `pci/0000:01:00.0`), their information (driver,
//! serial number, firmware and hardware versions) and their ports (index, type, flavour,
//! netdev, split).
//!
//! Built on the generated [`ynl::devlink`](crate::ynl::devlink) attribute sets and
//! requests; the family id is resolved once through a [`Families`] cache (a kernel
//! without devlink is [`Error::FamilyNotFound`]).
//!
//! ```no_run
//! use nlkit::engine::Conn;
//! use nlkit::genl::{devlink, Families};
//! let mut conn = Conn::new(nlkit::sys::Protocol::Generic)?;
//! let families = Families::new();
//! for dev in devlink::devices(&mut conn, &families)? {
//!     let info = devlink::info(&mut conn, &families, &dev.handle)?;
//!     println!("{}: {:?} fw {:?}", dev.handle, info.driver, info.running.get("fw"));
//!     for port in devlink::ports(&mut conn, &families, Some(&dev.handle))? {
//!         println!("  {} {:?} {:?} {:?}", port.index, port.port_type, port.flavour, port.netdev_name);
//!     }
//! }
//! # Ok::<(), nlkit::engine::Error>(())
//! ```

use super::families::Families;
use super::ops;
use super::request::Request;
use crate::engine::{Conn, Error};
use crate::wire::{DecodeError, DecodeErrorKind};
use crate::ynl::devlink::{
    Devlink, DlInfoVersion, GetDumpRequest, InfoGetDumpRequest, InfoGetRequest, PortGetDumpRequest,
    PortGetRequest,
};
use std::collections::BTreeMap;
use std::fmt;

pub use crate::ynl::devlink::{PortFlavour, PortType};

/// A devlink device's handle: its bus and its name on the bus (`pci/0000:01:00.0`,
/// `netdevsim/netdevsim1`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Handle {
    /// The bus (`DEVLINK_ATTR_BUS_NAME`).
    pub bus_name: String,
    /// The device (`DEVLINK_ATTR_DEV_NAME`).
    pub dev_name: String,
}

impl Handle {
    /// The handle `bus_name/dev_name`.
    pub fn new(bus_name: &str, dev_name: &str) -> Handle {
        Handle {
            bus_name: bus_name.to_owned(),
            dev_name: dev_name.to_owned(),
        }
    }

    fn of(d: &Devlink) -> Result<Handle, DecodeError> {
        match (&d.bus_name, &d.dev_name) {
            (Some(b), Some(n)) => Ok(Handle::new(b, n)),
            _ => Err(DecodeError::new(
                "devlink handle",
                0,
                DecodeErrorKind::BadValue,
            )),
        }
    }
}

/// Shown as devlink shows it: `bus/device`.
impl fmt::Display for Handle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.bus_name, self.dev_name)
    }
}

/// Read from `bus/device` (the first `/` ends the bus name).
impl std::str::FromStr for Handle {
    type Err = DecodeError;
    fn from_str(s: &str) -> Result<Handle, DecodeError> {
        match s.split_once('/') {
            Some((b, n)) if !b.is_empty() && !n.is_empty() => Ok(Handle::new(b, n)),
            _ => Err(DecodeError::new(
                "devlink handle",
                0,
                DecodeErrorKind::BadValue,
            )),
        }
    }
}

/// A devlink device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Device {
    /// Its handle.
    pub handle: Handle,
    /// Its last reload failed (`DEVLINK_ATTR_RELOAD_FAILED`).
    pub reload_failed: bool,
}

/// What a device says of itself (`DEVLINK_CMD_INFO_GET`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DevInfo {
    /// The device.
    pub handle: Handle,
    /// The driver's name.
    pub driver: Option<String>,
    /// The device's serial number.
    pub serial_number: Option<String>,
    /// The board's serial number.
    pub board_serial_number: Option<String>,
    /// Versions of fixed parts (hardware): name to value.
    pub fixed: BTreeMap<String, String>,
    /// Versions running now (firmware): name to value.
    pub running: BTreeMap<String, String>,
    /// Versions stored, to run after a reset: name to value.
    pub stored: BTreeMap<String, String>,
}

fn versions(v: &[DlInfoVersion]) -> BTreeMap<String, String> {
    v.iter()
        .filter_map(|v| Some((v.info_version_name.clone()?, v.info_version_value.clone()?)))
        .collect()
}

impl DevInfo {
    /// The information a message of the family carries (one without a handle is
    /// [`DecodeErrorKind::BadValue`]).
    pub fn from_attrs(d: &Devlink) -> Result<DevInfo, DecodeError> {
        Ok(DevInfo {
            handle: Handle::of(d)?,
            driver: d.info_driver_name.clone(),
            serial_number: d.info_serial_number.clone(),
            board_serial_number: d.info_board_serial_number.clone(),
            fixed: versions(&d.info_version_fixed),
            running: versions(&d.info_version_running),
            stored: versions(&d.info_version_stored),
        })
    }
}

/// A port of a device (`DEVLINK_CMD_PORT_GET`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Port {
    /// The device.
    pub handle: Handle,
    /// The port's index.
    pub index: u32,
    /// Its type (Ethernet, InfiniBand, ...).
    pub port_type: Option<PortType>,
    /// The type asked for.
    pub desired_type: Option<PortType>,
    /// Its flavour (physical, CPU, DSA, PCI PF/VF/SF, virtual, ...).
    pub flavour: Option<PortFlavour>,
    /// The netdev's name (an Ethernet port's).
    pub netdev_name: Option<String>,
    /// The netdev's interface index.
    pub netdev_ifindex: Option<u32>,
    /// The InfiniBand device's name.
    pub ibdev_name: Option<String>,
    /// The physical port number.
    pub number: Option<u32>,
    /// How it is or may be split.
    pub split: Split,
    /// The PCI PF number (PCI flavours).
    pub pci_pf: Option<u16>,
    /// The PCI VF number (`pci_vf`).
    pub pci_vf: Option<u16>,
    /// The PCI SF number (`pci_sf`).
    pub pci_sf: Option<u32>,
    /// The controller number (PCI flavours).
    pub controller: Option<u32>,
    /// The port is on an external controller.
    pub external: bool,
}

/// A port's split: what it was split into, or what it can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Split {
    /// Into how many ports the port was split (`DEVLINK_ATTR_PORT_SPLIT_COUNT`).
    pub count: Option<u32>,
    /// The group of the ports split from one port.
    pub group: Option<u32>,
    /// This port's number among them.
    pub subport: Option<u32>,
    /// The port can be split.
    pub splittable: bool,
    /// Its lanes (the most it can be split into).
    pub lanes: Option<u32>,
}

impl Port {
    /// The port a message of the family describes (one without a handle or a port index
    /// is [`DecodeErrorKind::BadValue`]).
    pub fn from_attrs(d: &Devlink) -> Result<Port, DecodeError> {
        let index = d.port_index.ok_or(DecodeError::new(
            "devlink port",
            0,
            DecodeErrorKind::BadValue,
        ))?;
        Ok(Port {
            handle: Handle::of(d)?,
            index,
            port_type: d.port_type,
            desired_type: d.port_desired_type.map(PortType::from),
            flavour: d.port_flavour,
            netdev_name: d.port_netdev_name.clone(),
            netdev_ifindex: d.port_netdev_ifindex,
            ibdev_name: d.port_ibdev_name.clone(),
            number: d.port_number,
            split: Split {
                count: d.port_split_count,
                group: d.port_split_group,
                subport: d.port_split_subport_number,
                splittable: d.port_splittable.is_some_and(|s| s != 0),
                lanes: d.port_lanes,
            },
            pci_pf: d.port_pci_pf_number,
            pci_vf: d.port_pci_vf_number,
            pci_sf: d.port_pci_sf_number,
            controller: d.port_controller_number,
            external: d.port_external.is_some_and(|e| e != 0),
        })
    }
}

/// Dumps `request` and returns every answer, typed by `f`; the dump is read to its end
/// even when an answer fails (the first error is returned).
fn collect<R: Request<Reply = Devlink>, T>(
    conn: &mut Conn,
    families: &Families,
    request: &R,
    f: impl Fn(&Devlink) -> Result<T, DecodeError>,
) -> Result<Vec<T>, Error> {
    let mut out = Vec::new();
    let mut first_error = None;
    for r in ops::dump(conn, families, request)? {
        match r.and_then(|d| f(&d).map_err(Error::Decode)) {
            Ok(v) => out.push(v),
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    match first_error {
        Some(e) => Err(e),
        None => Ok(out),
    }
}

/// Every devlink device (`DEVLINK_CMD_GET`, dumped).
pub fn devices(conn: &mut Conn, families: &Families) -> Result<Vec<Device>, Error> {
    collect(conn, families, &GetDumpRequest::default(), |d| {
        Ok(Device {
            handle: Handle::of(d)?,
            reload_failed: d.reload_failed.is_some_and(|r| r != 0),
        })
    })
}

/// The information of the device `handle`.
pub fn info(conn: &mut Conn, families: &Families, handle: &Handle) -> Result<DevInfo, Error> {
    let request = InfoGetRequest {
        bus_name: Some(handle.bus_name.clone()),
        dev_name: Some(handle.dev_name.clone()),
        ..Default::default()
    };
    Ok(DevInfo::from_attrs(&ops::get(conn, families, &request)?)?)
}

/// The information of every device (`DEVLINK_CMD_INFO_GET`, dumped).
pub fn infos(conn: &mut Conn, families: &Families) -> Result<Vec<DevInfo>, Error> {
    collect(
        conn,
        families,
        &InfoGetDumpRequest::default(),
        DevInfo::from_attrs,
    )
}

/// The ports of the device `handle`, or of every device (`DEVLINK_CMD_PORT_GET`, dumped).
pub fn ports(
    conn: &mut Conn,
    families: &Families,
    handle: Option<&Handle>,
) -> Result<Vec<Port>, Error> {
    let request = PortGetDumpRequest {
        bus_name: handle.map(|h| h.bus_name.clone()),
        dev_name: handle.map(|h| h.dev_name.clone()),
        ..Default::default()
    };
    collect(conn, families, &request, Port::from_attrs)
}

/// The port `index` of the device `handle`.
pub fn port(
    conn: &mut Conn,
    families: &Families,
    handle: &Handle,
    index: u32,
) -> Result<Port, Error> {
    let request = PortGetRequest {
        bus_name: Some(handle.bus_name.clone()),
        dev_name: Some(handle.dev_name.clone()),
        port_index: Some(index),
        ..Default::default()
    };
    Ok(Port::from_attrs(&ops::get(conn, families, &request)?)?)
}

#[cfg(test)]
mod tests;
