// Every entity of every domain, in one list for the ORM. Only imports.
import { AddonConfig } from '../addons/addon-config.entity.ts';
import { Entitlement } from '../addons/entitlement.entity.ts';
import { VehicleAddon } from '../addons/vehicle-addon.entity.ts';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { Article } from '../cms/article.entity.ts';
import { Consent } from '../consent/consent.entity.ts';
import { Document } from '../documents/document.entity.ts';
import { EntryDocument } from '../entries/entry-document.entity.ts';
import { ServiceEntry } from '../entries/service-entry.entity.ts';
import { DefectCase, InspectionDocument, InspectionEvent, Remediation, RemediationDocument } from '../inspections/inspection.entity.ts';
import { ExportGrant } from '../exports/export-grant.entity.ts';
import { LoginChallenge } from '../identity/login-challenge.entity.ts';
import { Session } from '../identity/session.entity.ts';
import { User } from '../identity/user.entity.ts';
import { PublicShare } from '../sharing/public-share.entity.ts';
import { PublicViewVersion } from '../sharing/public-view-version.entity.ts';
import { OwnershipTransfer } from '../transfers/transfer.entity.ts';
import { TrustFolder, TrustFolderStage, TrustFolderStageDocument } from '../trust-folders/trust-folder.entity.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { StepUpGrant } from '../step-up/step-up-grant.entity.ts';
import { VipBusiness, VipBusinessStaff } from '../businesses/vip-business.entity.ts';
import { ApiToken } from '../api-tokens/api-token.entity.ts';
import { JobLease } from '../jobs/job-lease.entity.ts';
import { RateLimitCount } from '../rate-limits/rate-limit-count.entity.ts';
import { IdempotencyKey } from '../idempotency/idempotency-key.entity.ts';
import { WebhookDelivery } from '../webhooks/webhook-delivery.entity.ts';
import { WebhookEndpoint } from '../webhooks/webhook-endpoint.entity.ts';
import { ServicePlanItem } from '../plan/plan.entity.ts';
import { ProposedServiceEntry, WorkshopBoardSnapshot, WorkshopItem, WorkshopNote, WorkshopSession } from '../workshop/workshop.entity.ts';

export const entities = [
  User, Session, LoginChallenge, Consent, AuditEvent, Vehicle, ServiceEntry, Document, EntryDocument, Entitlement, PublicShare, PublicViewVersion,
  StepUpGrant, VipBusiness, VipBusinessStaff, ApiToken,
  Article, AddonConfig, VehicleAddon, TrustFolder, TrustFolderStage, TrustFolderStageDocument, OwnershipTransfer, ExportGrant, JobLease, RateLimitCount,
  IdempotencyKey,
  WebhookEndpoint, WebhookDelivery,
  InspectionEvent, InspectionDocument, DefectCase, Remediation, RemediationDocument,
  WorkshopSession, WorkshopNote, WorkshopItem, WorkshopBoardSnapshot, ProposedServiceEntry,
  ServicePlanItem,
];
