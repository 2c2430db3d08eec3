//! `dpll` (genetlink): DPLL subsystem.
//!
//! Generated from `nlkit-ynl/specs/dpll.yaml` (the kernel's YNL spec, used under
//! BSD-3-Clause) by `cargo run -p nlkit-ynl -- generate`: do not edit.

#[allow(unused_imports)]
use crate::wire::{codec, AttributeSet, DecodeError, FamilyMessage, Flags, MessageBuilder};

/// The family's name, to resolve its id with.
pub const FAMILY_NAME: &str = "dpll";
/// The family's interface version (`genlmsghdr.version`).
pub const FAMILY_VERSION: u8 = 1;

/// The `dpll` family, for the operations of [`crate::genl`] ([`crate::genl::get`],
/// [`crate::genl::dump`], [`crate::genl::execute`]): its id is resolved by name and cached by
/// [`crate::genl::Families`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Family;

impl crate::genl::Family for Family {
    const NAME: &'static str = FAMILY_NAME;
    const VERSION: u8 = FAMILY_VERSION;
}

crate::open_enum! {
    /// `mode`: an enumeration.
    ///
    /// working modes a dpll can support, differentiates if and how dpll selects
    /// one of its inputs to syntonize with it, valid values for DPLL_A_MODE
    /// attribute
    pub enum Mode: u32 {
        /// `manual` (1): input can be only selected by sending a request to dpll
        Manual = 1,
        /// `automatic` (2): highest prio input pin auto selected by dpll
        Automatic = 2,
    }
}

crate::open_enum! {
    /// `lock-status`: an enumeration.
    ///
    /// provides information of dpll device lock status, valid values for
    /// DPLL_A_LOCK_STATUS attribute
    pub enum LockStatus: u32 {
        /// `unlocked` (1): dpll was not yet locked to any valid input (or forced by setting
        /// DPLL_A_MODE to DPLL_MODE_DETACHED)
        Unlocked = 1,
        /// `locked` (2): dpll is locked to a valid signal, but no holdover available
        Locked = 2,
        /// `locked-ho-acq` (3): dpll is locked and holdover acquired
        LockedHoAcq = 3,
        /// `holdover` (4): dpll is in holdover state - lost a valid lock or was forced
        /// by disconnecting all the pins (latter possible only
        /// when dpll lock-state was already DPLL_LOCK_STATUS_LOCKED_HO_ACQ,
        /// if dpll lock-state was not DPLL_LOCK_STATUS_LOCKED_HO_ACQ, the
        /// dpll's lock-state shall remain DPLL_LOCK_STATUS_UNLOCKED)
        Holdover = 4,
    }
}

crate::open_enum! {
    /// `lock-status-error`: an enumeration.
    ///
    /// if previous status change was done due to a failure, this provides
    /// information of dpll device lock status error.
    /// Valid values for DPLL_A_LOCK_STATUS_ERROR attribute
    pub enum LockStatusError: u32 {
        /// `none` (1): dpll device lock status was changed without any error
        None = 1,
        /// `undefined` (2): dpll device lock status was changed due to undefined error.
        /// Driver fills this value up in case it is not able
        /// to obtain suitable exact error type.
        Undefined = 2,
        /// `media-down` (3): dpll device lock status was changed because of associated
        /// media got down.
        /// This may happen for example if dpll device was previously
        /// locked on an input pin of type PIN_TYPE_SYNCE_ETH_PORT.
        MediaDown = 3,
        /// `fractional-frequency-offset-too-high` (4): the FFO (Fractional Frequency Offset)
        /// between the RX and TX
        /// symbol rate on the media got too high.
        /// This may happen for example if dpll device was previously
        /// locked on an input pin of type PIN_TYPE_SYNCE_ETH_PORT.
        FractionalFrequencyOffsetTooHigh = 4,
    }
}

crate::open_enum! {
    /// `clock-quality-level`: an enumeration.
    ///
    /// level of quality of a clock device. This mainly applies when
    /// the dpll lock-status is DPLL_LOCK_STATUS_HOLDOVER.
    /// The current list is defined according to the table 11-7 contained
    /// in ITU-T G.8264/Y.1364 document. One may extend this list freely
    /// by other ITU-T defined clock qualities, or different ones defined
    /// by another standardization body (for those, please use
    /// different prefix).
    pub enum ClockQualityLevel: u32 {
        /// `itu-opt1-prc` (1).
        ItuOpt1Prc = 1,
        /// `itu-opt1-ssu-a` (2).
        ItuOpt1SsuA = 2,
        /// `itu-opt1-ssu-b` (3).
        ItuOpt1SsuB = 3,
        /// `itu-opt1-eec1` (4).
        ItuOpt1Eec1 = 4,
        /// `itu-opt1-prtc` (5).
        ItuOpt1Prtc = 5,
        /// `itu-opt1-eprtc` (6).
        ItuOpt1Eprtc = 6,
        /// `itu-opt1-eeec` (7).
        ItuOpt1Eeec = 7,
        /// `itu-opt1-eprc` (8).
        ItuOpt1Eprc = 8,
    }
}

/// `temp-divider`: a constant.
///
/// temperature divider allowing userspace to calculate the
/// temperature as float with three digit decimal precision.
/// Value of (DPLL_A_TEMP / DPLL_TEMP_DIVIDER) is integer part of
/// temperature value.
/// Value of (DPLL_A_TEMP % DPLL_TEMP_DIVIDER) is fractional part of
/// temperature value.
pub const TEMP_DIVIDER: u32 = 1000;

crate::open_enum! {
    /// `type`: an enumeration.
    ///
    /// type of dpll, valid values for DPLL_A_TYPE attribute
    pub enum Type: u32 {
        /// `pps` (1): dpll produces Pulse-Per-Second signal
        Pps = 1,
        /// `eec` (2): dpll drives the Ethernet Equipment Clock
        Eec = 2,
    }
}

crate::open_enum! {
    /// `pin-type`: an enumeration.
    ///
    /// defines possible types of a pin, valid values for DPLL_A_PIN_TYPE
    /// attribute
    pub enum PinType: u32 {
        /// `mux` (1): aggregates another layer of selectable pins
        Mux = 1,
        /// `ext` (2): external input
        Ext = 2,
        /// `synce-eth-port` (3): ethernet port PHY's recovered clock
        SynceEthPort = 3,
        /// `int-oscillator` (4): device internal oscillator
        IntOscillator = 4,
        /// `gnss` (5): GNSS recovered clock
        Gnss = 5,
    }
}

crate::open_enum! {
    /// `pin-direction`: an enumeration.
    ///
    /// defines possible direction of a pin, valid values for
    /// DPLL_A_PIN_DIRECTION attribute
    pub enum PinDirection: u32 {
        /// `input` (1): pin used as a input of a signal
        Input = 1,
        /// `output` (2): pin used to output the signal
        Output = 2,
    }
}

/// `pin-frequency-1-hz`: a constant.
pub const PIN_FREQUENCY_1_HZ: u32 = 1;

/// `pin-frequency-10-khz`: a constant.
pub const PIN_FREQUENCY_10_KHZ: u32 = 10000;

/// `pin-frequency-77_5-khz`: a constant.
pub const PIN_FREQUENCY_77_5_KHZ: u32 = 77500;

/// `pin-frequency-10-mhz`: a constant.
pub const PIN_FREQUENCY_10_MHZ: u32 = 10000000;

crate::open_enum! {
    /// `pin-state`: an enumeration.
    ///
    /// defines possible states of a pin, valid values for
    /// DPLL_A_PIN_STATE attribute
    pub enum PinState: u32 {
        /// `connected` (1): pin connected, active input of phase locked loop
        Connected = 1,
        /// `disconnected` (2): pin disconnected, not considered as a valid input
        Disconnected = 2,
        /// `selectable` (3): pin enabled for automatic input selection
        Selectable = 3,
    }
}

crate::flag_set! {
    /// `pin-capabilities`: flags.
    ///
    /// defines possible capabilities of a pin, valid flags on
    /// DPLL_A_PIN_CAPABILITIES attribute
    pub struct PinCapabilities: u32 {
        /// `direction-can-change` (bit 0): pin direction can be changed
        const DIRECTION_CAN_CHANGE = 0x1;
        /// `priority-can-change` (bit 1): pin priority can be changed
        const PRIORITY_CAN_CHANGE = 0x2;
        /// `state-can-change` (bit 2): pin state can be changed
        const STATE_CAN_CHANGE = 0x4;
    }
}

/// `phase-offset-divider`: a constant.
///
/// phase offset divider allows userspace to calculate a value of
/// measured signal phase difference between a pin and dpll device
/// as a fractional value with three digit decimal precision.
/// Value of (DPLL_A_PHASE_OFFSET / DPLL_PHASE_OFFSET_DIVIDER) is an
/// integer part of a measured phase offset value.
/// Value of (DPLL_A_PHASE_OFFSET % DPLL_PHASE_OFFSET_DIVIDER) is a
/// fractional part of a measured phase offset value.
pub const PHASE_OFFSET_DIVIDER: u32 = 1000;

/// The attribute ids (`nla_type`) of each attribute set.
pub mod attrs {
    /// The attributes of `dpll`.
    pub mod dpll {
        /// `id` (u32).
        pub const ID: u16 = 1;
        /// `module-name` (string).
        pub const MODULE_NAME: u16 = 2;
        /// `pad` (pad).
        pub const PAD: u16 = 3;
        /// `clock-id` (u64).
        pub const CLOCK_ID: u16 = 4;
        /// `mode` (u32).
        pub const MODE: u16 = 5;
        /// `mode-supported` (u32).
        pub const MODE_SUPPORTED: u16 = 6;
        /// `lock-status` (u32).
        pub const LOCK_STATUS: u16 = 7;
        /// `temp` (s32).
        pub const TEMP: u16 = 8;
        /// `type` (u32).
        pub const TYPE: u16 = 9;
        /// `lock-status-error` (u32).
        pub const LOCK_STATUS_ERROR: u16 = 10;
        /// `clock-quality-level` (u32).
        pub const CLOCK_QUALITY_LEVEL: u16 = 11;
    }

    /// The attributes of `pin`.
    pub mod pin {
        /// `id` (u32).
        pub const ID: u16 = 1;
        /// `parent-id` (u32).
        pub const PARENT_ID: u16 = 2;
        /// `module-name` (string).
        pub const MODULE_NAME: u16 = 3;
        /// `pad` (pad).
        pub const PAD: u16 = 4;
        /// `clock-id` (u64).
        pub const CLOCK_ID: u16 = 5;
        /// `board-label` (string).
        pub const BOARD_LABEL: u16 = 6;
        /// `panel-label` (string).
        pub const PANEL_LABEL: u16 = 7;
        /// `package-label` (string).
        pub const PACKAGE_LABEL: u16 = 8;
        /// `type` (u32).
        pub const TYPE: u16 = 9;
        /// `direction` (u32).
        pub const DIRECTION: u16 = 10;
        /// `frequency` (u64).
        pub const FREQUENCY: u16 = 11;
        /// `frequency-supported` (nest).
        pub const FREQUENCY_SUPPORTED: u16 = 12;
        /// `frequency-min` (u64).
        pub const FREQUENCY_MIN: u16 = 13;
        /// `frequency-max` (u64).
        pub const FREQUENCY_MAX: u16 = 14;
        /// `prio` (u32).
        pub const PRIO: u16 = 15;
        /// `state` (u32).
        pub const STATE: u16 = 16;
        /// `capabilities` (u32).
        pub const CAPABILITIES: u16 = 17;
        /// `parent-device` (nest).
        pub const PARENT_DEVICE: u16 = 18;
        /// `parent-pin` (nest).
        pub const PARENT_PIN: u16 = 19;
        /// `phase-adjust-min` (s32).
        pub const PHASE_ADJUST_MIN: u16 = 20;
        /// `phase-adjust-max` (s32).
        pub const PHASE_ADJUST_MAX: u16 = 21;
        /// `phase-adjust` (s32).
        pub const PHASE_ADJUST: u16 = 22;
        /// `phase-offset` (s64).
        pub const PHASE_OFFSET: u16 = 23;
        /// `fractional-frequency-offset` (sint).
        pub const FRACTIONAL_FREQUENCY_OFFSET: u16 = 24;
        /// `esync-frequency` (u64).
        pub const ESYNC_FREQUENCY: u16 = 25;
        /// `esync-frequency-supported` (nest).
        pub const ESYNC_FREQUENCY_SUPPORTED: u16 = 26;
        /// `esync-pulse` (u32).
        pub const ESYNC_PULSE: u16 = 27;
        /// `reference-sync` (nest).
        pub const REFERENCE_SYNC: u16 = 28;
    }
}

crate::attribute_set! {
    /// The attribute set `dpll`.
    pub struct Dpll {}
    attributes {
        /// `id`.
        pub id: codec::U32 = attrs::dpll::ID,
        /// `module-name`.
        pub module_name: codec::Str = attrs::dpll::MODULE_NAME,
        /// `clock-id`.
        pub clock_id: codec::U64 = attrs::dpll::CLOCK_ID,
        /// `mode`.
        pub mode: codec::Enum32<Mode> = attrs::dpll::MODE,
        /// `mode-supported`.
        pub mode_supported: codec::Multi<codec::Enum32<Mode>> = attrs::dpll::MODE_SUPPORTED,
        /// `lock-status`.
        pub lock_status: codec::Enum32<LockStatus> = attrs::dpll::LOCK_STATUS,
        /// `temp`.
        pub temp: codec::I32 = attrs::dpll::TEMP,
        /// `type`.
        pub type_: codec::Enum32<Type> = attrs::dpll::TYPE,
        /// `lock-status-error`.
        pub lock_status_error: codec::Enum32<LockStatusError> = attrs::dpll::LOCK_STATUS_ERROR,
        /// Level of quality of a clock device. This mainly applies when
        /// the dpll lock-status is DPLL_LOCK_STATUS_HOLDOVER. This could
        /// be put to message multiple times to indicate possible parallel
        /// quality levels (e.g. one specified by ITU option 1 and another
        /// one specified by option 2).
        pub clock_quality_level: codec::Multi<codec::Enum32<ClockQualityLevel>> = attrs::dpll::CLOCK_QUALITY_LEVEL,
    }
}

crate::attribute_set! {
    /// The attribute set `pin`.
    pub struct Pin {}
    attributes {
        /// `id`.
        pub id: codec::U32 = attrs::pin::ID,
        /// `parent-id`.
        pub parent_id: codec::U32 = attrs::pin::PARENT_ID,
        /// `module-name`.
        pub module_name: codec::Str = attrs::pin::MODULE_NAME,
        /// `clock-id`.
        pub clock_id: codec::U64 = attrs::pin::CLOCK_ID,
        /// `board-label`.
        pub board_label: codec::Str = attrs::pin::BOARD_LABEL,
        /// `panel-label`.
        pub panel_label: codec::Str = attrs::pin::PANEL_LABEL,
        /// `package-label`.
        pub package_label: codec::Str = attrs::pin::PACKAGE_LABEL,
        /// `type`.
        pub type_: codec::Enum32<PinType> = attrs::pin::TYPE,
        /// `direction`.
        pub direction: codec::Enum32<PinDirection> = attrs::pin::DIRECTION,
        /// `frequency`.
        pub frequency: codec::U64 = attrs::pin::FREQUENCY,
        /// `frequency-supported`.
        pub frequency_supported: codec::Multi<codec::Nested<FrequencyRange>> = attrs::pin::FREQUENCY_SUPPORTED,
        /// `frequency-min`.
        pub frequency_min: codec::U64 = attrs::pin::FREQUENCY_MIN,
        /// `frequency-max`.
        pub frequency_max: codec::U64 = attrs::pin::FREQUENCY_MAX,
        /// `prio`.
        pub prio: codec::U32 = attrs::pin::PRIO,
        /// `state`.
        pub state: codec::Enum32<PinState> = attrs::pin::STATE,
        /// `capabilities`.
        pub capabilities: codec::Enum32<PinCapabilities> = attrs::pin::CAPABILITIES,
        /// `parent-device`.
        pub parent_device: codec::Multi<codec::Nested<PinParentDevice>> = attrs::pin::PARENT_DEVICE,
        /// `parent-pin`.
        pub parent_pin: codec::Multi<codec::Nested<PinParentPin>> = attrs::pin::PARENT_PIN,
        /// `phase-adjust-min`.
        pub phase_adjust_min: codec::I32 = attrs::pin::PHASE_ADJUST_MIN,
        /// `phase-adjust-max`.
        pub phase_adjust_max: codec::I32 = attrs::pin::PHASE_ADJUST_MAX,
        /// `phase-adjust`.
        pub phase_adjust: codec::I32 = attrs::pin::PHASE_ADJUST,
        /// `phase-offset`.
        pub phase_offset: codec::I64 = attrs::pin::PHASE_OFFSET,
        /// The FFO (Fractional Frequency Offset) between the RX and TX
        /// symbol rate on the media associated with the pin:
        /// (rx_frequency-tx_frequency)/rx_frequency
        /// Value is in PPM (parts per million).
        /// This may be implemented for example for pin of type
        /// PIN_TYPE_SYNCE_ETH_PORT.
        pub fractional_frequency_offset: codec::Sint = attrs::pin::FRACTIONAL_FREQUENCY_OFFSET,
        /// Frequency of Embedded SYNC signal. If provided, the pin is configured
        /// with a SYNC signal embedded into its base clock frequency.
        pub esync_frequency: codec::U64 = attrs::pin::ESYNC_FREQUENCY,
        /// If provided a pin is capable of embedding a SYNC signal (within given
        /// range) into its base frequency signal.
        pub esync_frequency_supported: codec::Multi<codec::Nested<FrequencyRange>> = attrs::pin::ESYNC_FREQUENCY_SUPPORTED,
        /// A ratio of high to low state of a SYNC signal pulse embedded
        /// into base clock frequency. Value is in percents.
        pub esync_pulse: codec::U32 = attrs::pin::ESYNC_PULSE,
        /// Capable pin provides list of pins that can be bound to create a
        /// reference-sync pin pair.
        pub reference_sync: codec::Multi<codec::Nested<ReferenceSync>> = attrs::pin::REFERENCE_SYNC,
    }
}

crate::attribute_set! {
    /// The attribute set `pin-parent-device`. A subset of `pin`: [`Pin`].
    pub struct PinParentDevice {}
    attributes {
        /// `parent-id`.
        pub parent_id: codec::U32 = attrs::pin::PARENT_ID,
        /// `direction`.
        pub direction: codec::Enum32<PinDirection> = attrs::pin::DIRECTION,
        /// `prio`.
        pub prio: codec::U32 = attrs::pin::PRIO,
        /// `state`.
        pub state: codec::Enum32<PinState> = attrs::pin::STATE,
        /// `phase-offset`.
        pub phase_offset: codec::I64 = attrs::pin::PHASE_OFFSET,
    }
}

crate::attribute_set! {
    /// The attribute set `pin-parent-pin`. A subset of `pin`: [`Pin`].
    pub struct PinParentPin {}
    attributes {
        /// `parent-id`.
        pub parent_id: codec::U32 = attrs::pin::PARENT_ID,
        /// `state`.
        pub state: codec::Enum32<PinState> = attrs::pin::STATE,
    }
}

crate::attribute_set! {
    /// The attribute set `frequency-range`. A subset of `pin`: [`Pin`].
    pub struct FrequencyRange {}
    attributes {
        /// `frequency-min`.
        pub frequency_min: codec::U64 = attrs::pin::FREQUENCY_MIN,
        /// `frequency-max`.
        pub frequency_max: codec::U64 = attrs::pin::FREQUENCY_MAX,
    }
}

crate::attribute_set! {
    /// The attribute set `reference-sync`. A subset of `pin`: [`Pin`].
    pub struct ReferenceSync {}
    attributes {
        /// `id`.
        pub id: codec::U32 = attrs::pin::ID,
        /// `state`.
        pub state: codec::Enum32<PinState> = attrs::pin::STATE,
    }
}

/// The command numbers (`genlmsghdr.cmd`) of each operation; `_REPLY` where the kernel answers with
/// another number.
pub mod cmd {
    /// `device-id-get`: Get id of dpll device that matches given attributes
    pub const DEVICE_ID_GET: u8 = 1;
    /// `device-get`: Get list of DPLL devices (dump) or attributes of a single dpll device
    pub const DEVICE_GET: u8 = 2;
    /// `device-set`: Set attributes for a DPLL device
    pub const DEVICE_SET: u8 = 3;
    /// `device-create-ntf` (notification): Notification about device appearing
    pub const DEVICE_CREATE_NTF: u8 = 4;
    /// `device-delete-ntf` (notification): Notification about device disappearing
    pub const DEVICE_DELETE_NTF: u8 = 5;
    /// `device-change-ntf` (notification): Notification about device configuration being changed
    pub const DEVICE_CHANGE_NTF: u8 = 6;
    /// `pin-id-get`: Get id of a pin that matches given attributes
    pub const PIN_ID_GET: u8 = 7;
    /// `pin-get`: Get list of pins and its attributes.
    pub const PIN_GET: u8 = 8;
    /// `pin-set`: Set attributes of a target pin
    pub const PIN_SET: u8 = 9;
    /// `pin-create-ntf` (notification): Notification about pin appearing
    pub const PIN_CREATE_NTF: u8 = 10;
    /// `pin-delete-ntf` (notification): Notification about pin disappearing
    pub const PIN_DELETE_NTF: u8 = 11;
    /// `pin-change-ntf` (notification): Notification about pin configuration being changed
    pub const PIN_CHANGE_NTF: u8 = 12;
}

/// The multicast groups, by the name the family resolver knows them by.
pub mod mcgrp {
    /// `monitor`.
    pub const MONITOR: &str = "monitor";
}

crate::attribute_set! {
    /// The request of `device-id-get`: attributes of `dpll` (`module-name`, `clock-id`, `type`).
    pub struct DeviceIdGetRequest {}
    attributes {
        /// `module-name`.
        pub module_name: codec::Str = attrs::dpll::MODULE_NAME,
        /// `clock-id`.
        pub clock_id: codec::U64 = attrs::dpll::CLOCK_ID,
        /// `type`.
        pub type_: codec::Enum32<Type> = attrs::dpll::TYPE,
    }
}

impl crate::genl::Reply for Dpll {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for DeviceIdGetRequest {
    type Family = Family;
    type Reply = Dpll;
    const CMD: u8 = cmd::DEVICE_ID_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DPLL)
    }
}

/// `device-id-get` (do): Get id of dpll device that matches given attributes
///
/// Each reply is a [`Dpll`]. Needs admin-perm.
pub fn device_id_get(family_id: u16, request: &DeviceIdGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::DEVICE_ID_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `device-get`: attributes of `dpll` (`id`).
    pub struct DeviceGetRequest {}
    attributes {
        /// `id`.
        pub id: codec::U32 = attrs::dpll::ID,
    }
}

impl crate::genl::Request for DeviceGetRequest {
    type Family = Family;
    type Reply = Dpll;
    const CMD: u8 = cmd::DEVICE_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DPLL)
    }
}

/// `device-get` (do): Get list of DPLL devices (dump) or attributes of a single dpll device
///
/// Each reply is a [`Dpll`]. Needs admin-perm.
pub fn device_get(family_id: u16, request: &DeviceGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::DEVICE_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `device-get` (dump): attributes of `dpll`.
    pub struct DeviceGetDumpRequest {}
    attributes {}
}

impl crate::genl::Request for DeviceGetDumpRequest {
    type Family = Family;
    type Reply = Dpll;
    const CMD: u8 = cmd::DEVICE_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DPLL)
    }
}

/// `device-get` (dump): Get list of DPLL devices (dump) or attributes of a single dpll device
///
/// Each reply is a [`Dpll`]. Needs admin-perm. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn device_get_dump(family_id: u16) -> MessageBuilder {
    super::genl_request(family_id, cmd::DEVICE_GET, FAMILY_VERSION)
}

crate::attribute_set! {
    /// The request of `device-set`: attributes of `dpll` (`id`).
    pub struct DeviceSetRequest {}
    attributes {
        /// `id`.
        pub id: codec::U32 = attrs::dpll::ID,
    }
}

impl crate::genl::Request for DeviceSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::DEVICE_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::DPLL)
    }
}

/// `device-set` (do): Set attributes for a DPLL device
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn device_set(family_id: u16, request: &DeviceSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::DEVICE_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `pin-id-get`: attributes of `pin` (`module-name`, `clock-id`, `board-label`,
    /// `panel-label`, `package-label`, `type`).
    pub struct PinIdGetRequest {}
    attributes {
        /// `module-name`.
        pub module_name: codec::Str = attrs::pin::MODULE_NAME,
        /// `clock-id`.
        pub clock_id: codec::U64 = attrs::pin::CLOCK_ID,
        /// `board-label`.
        pub board_label: codec::Str = attrs::pin::BOARD_LABEL,
        /// `panel-label`.
        pub panel_label: codec::Str = attrs::pin::PANEL_LABEL,
        /// `package-label`.
        pub package_label: codec::Str = attrs::pin::PACKAGE_LABEL,
        /// `type`.
        pub type_: codec::Enum32<PinType> = attrs::pin::TYPE,
    }
}

impl crate::genl::Reply for Pin {
    fn parse(msg: &crate::genl::GenlView<'_>) -> Result<Self, DecodeError> {
        msg.read()
    }
}

impl crate::genl::Request for PinIdGetRequest {
    type Family = Family;
    type Reply = Pin;
    const CMD: u8 = cmd::PIN_ID_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::PIN)
    }
}

/// `pin-id-get` (do): Get id of a pin that matches given attributes
///
/// Each reply is a [`Pin`]. Needs admin-perm.
pub fn pin_id_get(family_id: u16, request: &PinIdGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PIN_ID_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `pin-get`: attributes of `pin` (`id`).
    pub struct PinGetRequest {}
    attributes {
        /// `id`.
        pub id: codec::U32 = attrs::pin::ID,
    }
}

impl crate::genl::Request for PinGetRequest {
    type Family = Family;
    type Reply = Pin;
    const CMD: u8 = cmd::PIN_GET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::PIN)
    }
}

/// `pin-get` (do): Get list of pins and its attributes.
///
/// - dump request without any attributes given - list all the pins in the
///   system
/// - dump request with target dpll - list all the pins registered with
///   a given dpll device
/// - do request with target dpll and target pin - single pin attributes
///
/// Each reply is a [`Pin`]. Needs admin-perm.
pub fn pin_get(family_id: u16, request: &PinGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PIN_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// `pin-get` (dump): Get list of pins and its attributes.
///
/// - dump request without any attributes given - list all the pins in the
///   system
/// - dump request with target dpll - list all the pins registered with
///   a given dpll device
/// - do request with target dpll and target pin - single pin attributes
///
/// Each reply is a [`Pin`]. Needs admin-perm. Send it as a dump (the engine adds `NLM_F_DUMP`).
pub fn pin_get_dump(family_id: u16, request: &PinGetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PIN_GET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

crate::attribute_set! {
    /// The request of `pin-set`: attributes of `pin` (`id`, `frequency`, `direction`, `prio`,
    /// `state`, `parent-device`, `parent-pin`, `phase-adjust`, `esync-frequency`,
    /// `reference-sync`).
    pub struct PinSetRequest {}
    attributes {
        /// `id`.
        pub id: codec::U32 = attrs::pin::ID,
        /// `frequency`.
        pub frequency: codec::U64 = attrs::pin::FREQUENCY,
        /// `direction`.
        pub direction: codec::Enum32<PinDirection> = attrs::pin::DIRECTION,
        /// `prio`.
        pub prio: codec::U32 = attrs::pin::PRIO,
        /// `state`.
        pub state: codec::Enum32<PinState> = attrs::pin::STATE,
        /// `parent-device`.
        pub parent_device: codec::Multi<codec::Nested<PinParentDevice>> = attrs::pin::PARENT_DEVICE,
        /// `parent-pin`.
        pub parent_pin: codec::Multi<codec::Nested<PinParentPin>> = attrs::pin::PARENT_PIN,
        /// `phase-adjust`.
        pub phase_adjust: codec::I32 = attrs::pin::PHASE_ADJUST,
        /// Frequency of Embedded SYNC signal. If provided, the pin is configured
        /// with a SYNC signal embedded into its base clock frequency.
        pub esync_frequency: codec::U64 = attrs::pin::ESYNC_FREQUENCY,
        /// Capable pin provides list of pins that can be bound to create a
        /// reference-sync pin pair.
        pub reference_sync: codec::Multi<codec::Nested<ReferenceSync>> = attrs::pin::REFERENCE_SYNC,
    }
}

impl crate::genl::Request for PinSetRequest {
    type Family = Family;
    type Reply = super::NoAttributes;
    const CMD: u8 = cmd::PIN_SET;

    fn emit(&self, b: &mut MessageBuilder) {
        self.write_attrs(b);
    }

    fn attribute_names() -> Option<&'static crate::wire::names::SetNames> {
        Some(&names::PIN)
    }
}

/// `pin-set` (do): Set attributes of a target pin
///
/// The kernel answers with an acknowledgement only. Needs admin-perm.
pub fn pin_set(family_id: u16, request: &PinSetRequest) -> MessageBuilder {
    let mut b = super::genl_request(family_id, cmd::PIN_SET, FAMILY_VERSION);
    request.write_attrs(&mut b);
    b
}

/// A notification of this family (sent to its multicast groups), by command.
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(clippy::large_enum_variant)]
pub enum Notification {
    /// `device-create-ntf`: Notification about device appearing
    DeviceCreateNtf(Dpll),
    /// `device-delete-ntf`: Notification about device disappearing
    DeviceDeleteNtf(Dpll),
    /// `device-change-ntf`: Notification about device configuration being changed
    DeviceChangeNtf(Dpll),
    /// `pin-create-ntf`: Notification about pin appearing
    PinCreateNtf(Pin),
    /// `pin-delete-ntf`: Notification about pin disappearing
    PinDeleteNtf(Pin),
    /// `pin-change-ntf`: Notification about pin configuration being changed
    PinChangeNtf(Pin),
    /// A command this spec has no notification for (its number).
    Other(u8),
}

impl Notification {
    /// Reads a notification: the payload of a message of this family (after `nlmsghdr`).
    pub fn parse(payload: &[u8]) -> Result<Notification, DecodeError> {
        let cmd = FamilyMessage::<crate::wire::genl::GenlMsgHdr>::parse(payload)?.header.cmd;
        Ok(match cmd {
            cmd::DEVICE_CREATE_NTF => Notification::DeviceCreateNtf(super::parse_genl(payload)?.1),
            cmd::DEVICE_DELETE_NTF => Notification::DeviceDeleteNtf(super::parse_genl(payload)?.1),
            cmd::DEVICE_CHANGE_NTF => Notification::DeviceChangeNtf(super::parse_genl(payload)?.1),
            cmd::PIN_CREATE_NTF => Notification::PinCreateNtf(super::parse_genl(payload)?.1),
            cmd::PIN_DELETE_NTF => Notification::PinDeleteNtf(super::parse_genl(payload)?.1),
            cmd::PIN_CHANGE_NTF => Notification::PinChangeNtf(super::parse_genl(payload)?.1),
            other => Notification::Other(other),
        })
    }
}

/// The names of the attributes of each set, for naming what an extended ACK points at
/// ([`crate::wire::names::name_at`]).
pub mod names {
    #[allow(unused_imports)]
    use crate::wire::names::{AttrName, Format, SetNames};

    /// `dpll`.
    pub static DPLL: SetNames = SetNames {
        name: "dpll",
        attrs: &[
            AttrName::value(1, "id"),
            AttrName::value(2, "module-name"),
            AttrName::value(3, "pad"),
            AttrName::value(4, "clock-id"),
            AttrName::value(5, "mode"),
            AttrName::value(6, "mode-supported"),
            AttrName::value(7, "lock-status"),
            AttrName::value(8, "temp"),
            AttrName::value(9, "type"),
            AttrName::value(10, "lock-status-error"),
            AttrName::value(11, "clock-quality-level"),
        ],
    };

    /// `pin`.
    pub static PIN: SetNames = SetNames {
        name: "pin",
        attrs: &[
            AttrName::value(1, "id"),
            AttrName::value(2, "parent-id"),
            AttrName::value(3, "module-name"),
            AttrName::value(4, "pad"),
            AttrName::value(5, "clock-id"),
            AttrName::value(6, "board-label"),
            AttrName::value(7, "panel-label"),
            AttrName::value(8, "package-label"),
            AttrName::value(9, "type"),
            AttrName::value(10, "direction"),
            AttrName::value(11, "frequency"),
            AttrName::nest(12, "frequency-supported", &FREQUENCY_RANGE),
            AttrName::value(13, "frequency-min"),
            AttrName::value(14, "frequency-max"),
            AttrName::value(15, "prio"),
            AttrName::value(16, "state"),
            AttrName::value(17, "capabilities"),
            AttrName::nest(18, "parent-device", &PIN_PARENT_DEVICE),
            AttrName::nest(19, "parent-pin", &PIN_PARENT_PIN),
            AttrName::value(20, "phase-adjust-min"),
            AttrName::value(21, "phase-adjust-max"),
            AttrName::value(22, "phase-adjust"),
            AttrName::value(23, "phase-offset"),
            AttrName::value(24, "fractional-frequency-offset"),
            AttrName::value(25, "esync-frequency"),
            AttrName::nest(26, "esync-frequency-supported", &FREQUENCY_RANGE),
            AttrName::value(27, "esync-pulse"),
            AttrName::nest(28, "reference-sync", &REFERENCE_SYNC),
        ],
    };

    /// `pin-parent-device`.
    pub static PIN_PARENT_DEVICE: SetNames = SetNames {
        name: "pin-parent-device",
        attrs: &[
            AttrName::value(2, "parent-id"),
            AttrName::value(10, "direction"),
            AttrName::value(15, "prio"),
            AttrName::value(16, "state"),
            AttrName::value(23, "phase-offset"),
        ],
    };

    /// `pin-parent-pin`.
    pub static PIN_PARENT_PIN: SetNames = SetNames {
        name: "pin-parent-pin",
        attrs: &[
            AttrName::value(2, "parent-id"),
            AttrName::value(16, "state"),
        ],
    };

    /// `frequency-range`.
    pub static FREQUENCY_RANGE: SetNames = SetNames {
        name: "frequency-range",
        attrs: &[
            AttrName::value(13, "frequency-min"),
            AttrName::value(14, "frequency-max"),
        ],
    };

    /// `reference-sync`.
    pub static REFERENCE_SYNC: SetNames = SetNames {
        name: "reference-sync",
        attrs: &[
            AttrName::value(1, "id"),
            AttrName::value(16, "state"),
        ],
    };
}
