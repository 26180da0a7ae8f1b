/* eslint-disable */
import * as types from './graphql.ts';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ConsentComplete {\n    consentStatus {\n      complete\n    }\n  }\n": typeof types.ConsentCompleteDocument,
    "\n    mutation RequestStepUp($scope: StepUpScope!) {\n      requestStepUp(scope: $scope) {\n        challengeId\n      }\n    }\n  ": typeof types.RequestStepUpDocument,
    "\n    mutation ConfirmStepUp($challengeId: ID!, $code: String!) {\n      confirmStepUp(challengeId: $challengeId, code: $code) {\n        stepUpToken\n      }\n    }\n  ": typeof types.ConfirmStepUpDocument,
    "\n  query Me {\n    me {\n      id\n      role\n      emailMasked\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Site {\n    site {\n      operator {\n        demo\n        name\n        representative\n        street\n        postalCode\n        city\n        country\n        email\n        phone\n        register\n        vatId\n        contentResponsible\n      }\n      trustDisclaimer\n      trustGreenHint\n    }\n  }\n": typeof types.SiteDocument,
    "\n    mutation Logout {\n      logout\n    }\n  ": typeof types.LogoutDocument,
    "\n    query Article($kind: ArticleKind!, $slug: String!) {\n      article(kind: $kind, slug: $slug) {\n        id\n        title\n        excerpt\n        bodyHtml\n        publishedAt\n      }\n    }\n  ": typeof types.ArticleDocument,
    "\n    mutation UnsubscribeReminders($token: String!) {\n      unsubscribeReminders(token: $token)\n    }\n  ": typeof types.UnsubscribeRemindersDocument,
    "\n    query SearchUsers($search: String!, $first: Int, $after: String) {\n      users(search: $search, first: $first, after: $after) {\n        edges {\n          node {\n            id\n            emailMasked\n            role\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": typeof types.SearchUsersDocument,
    "\n    query AddonConfigs {\n      addonConfigs {\n        key\n        configured\n        allowNew\n        requiresPayment\n        adminOnly\n      }\n    }\n  ": typeof types.AddonConfigsDocument,
    "\n    mutation SetAddonConfig($key: AddonKey!, $allowNew: Boolean, $requiresPayment: Boolean, $adminOnly: Boolean) {\n      setAddonConfig(key: $key, allowNew: $allowNew, requiresPayment: $requiresPayment, adminOnly: $adminOnly) {\n        key\n        configured\n        allowNew\n        requiresPayment\n        adminOnly\n      }\n    }\n  ": typeof types.SetAddonConfigDocument,
    "\n    query Entitlements($userId: ID!) {\n      entitlements(userId: $userId) {\n        key\n        userId\n        grantedAt\n      }\n    }\n  ": typeof types.EntitlementsDocument,
    "\n    mutation GrantEntitlement($userId: ID!, $key: EntitlementKey!) {\n      grantEntitlement(userId: $userId, key: $key) {\n        key\n        userId\n        grantedAt\n      }\n    }\n  ": typeof types.GrantEntitlementDocument,
    "\n    mutation RevokeEntitlement($userId: ID!, $key: EntitlementKey!) {\n      revokeEntitlement(userId: $userId, key: $key)\n    }\n  ": typeof types.RevokeEntitlementDocument,
    "\n    query AuditLog($actions: [String!], $result: AuditResult, $first: Int, $after: String) {\n      auditLog(actions: $actions, result: $result, first: $first, after: $after) {\n        edges {\n          node {\n            id\n            at\n            action\n            actorType\n            actorRole\n            targetType\n            scope\n            result\n            reason\n            requestId\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": typeof types.AuditLogDocument,
    "\n    fragment AdminVipBusiness on VipBusiness {\n      id\n      name\n      approved\n      owner {\n        id\n        emailMasked\n      }\n      staff {\n        id\n        emailMasked\n      }\n    }\n  ": typeof types.AdminVipBusinessFragmentDoc,
    "\n    query VipBusinesses($first: Int, $after: String) {\n      vipBusinesses(first: $first, after: $after) {\n        edges {\n          node {\n            ...AdminVipBusiness\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": typeof types.VipBusinessesDocument,
    "\n    mutation CreateVipBusiness($name: String!, $ownerId: ID!) {\n      createVipBusiness(name: $name, ownerId: $ownerId) {\n        ...AdminVipBusiness\n      }\n    }\n  ": typeof types.CreateVipBusinessDocument,
    "\n    mutation ApproveVipBusiness($businessId: ID!, $stepUpToken: String) {\n      approveVipBusiness(businessId: $businessId, stepUpToken: $stepUpToken) {\n        ...AdminVipBusiness\n      }\n    }\n  ": typeof types.ApproveVipBusinessDocument,
    "\n    mutation AddVipBusinessStaff($businessId: ID!, $userId: ID!, $stepUpToken: String) {\n      addVipBusinessStaff(businessId: $businessId, userId: $userId, stepUpToken: $stepUpToken) {\n        ...AdminVipBusiness\n      }\n    }\n  ": typeof types.AddVipBusinessStaffDocument,
    "\n    mutation RemoveVipBusinessStaff($businessId: ID!, $userId: ID!, $stepUpToken: String) {\n      removeVipBusinessStaff(businessId: $businessId, userId: $userId, stepUpToken: $stepUpToken) {\n        ...AdminVipBusiness\n      }\n    }\n  ": typeof types.RemoveVipBusinessStaffDocument,
    "\n    mutation CreateFullExportGrant($targetType: ExportTargetType!, $targetId: ID!, $stepUpToken: String) {\n      createFullExportGrant(targetType: $targetType, targetId: $targetId, stepUpToken: $stepUpToken) {\n        grantId\n        token\n        targetType\n        targetId\n        expiresAt\n      }\n    }\n  ": typeof types.CreateFullExportGrantDocument,
    "\n    mutation FullExport($targetType: ExportTargetType!, $targetId: ID!, $token: String) {\n      fullExport(targetType: $targetType, targetId: $targetId, token: $token) {\n        targetType\n        targetId\n        algorithm\n        payload\n      }\n    }\n  ": typeof types.FullExportDocument,
    "\n    fragment ReviewDocument on Document {\n      id\n      filename\n      contentType\n      sizeBytes\n      approvalStatus\n      scanStatus\n      piiStatus\n      downloadUrl\n      createdAt\n    }\n  ": typeof types.ReviewDocumentFragmentDoc,
    "\n    query QuarantineQueue($first: Int, $after: String) {\n      quarantineQueue(first: $first, after: $after) {\n        edges {\n          node {\n            ...ReviewDocument\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": typeof types.QuarantineQueueDocument,
    "\n    mutation ApproveDocument($id: ID!) {\n      approveDocument(id: $id) {\n        ...ReviewDocument\n      }\n    }\n  ": typeof types.ApproveDocumentDocument,
    "\n    mutation RejectDocument($id: ID!, $reason: String!) {\n      rejectDocument(id: $id, reason: $reason) {\n        ...ReviewDocument\n      }\n    }\n  ": typeof types.RejectDocumentDocument,
    "\n    mutation SetDocumentScanResult($id: ID!, $scanStatus: DocumentScanStatus!) {\n      setDocumentScanResult(id: $id, scanStatus: $scanStatus) {\n        ...ReviewDocument\n      }\n    }\n  ": typeof types.SetDocumentScanResultDocument,
    "\n    mutation SetDocumentPiiStatus($id: ID!, $piiStatus: DocumentPiiStatus!) {\n      setDocumentPiiStatus(id: $id, piiStatus: $piiStatus) {\n        ...ReviewDocument\n      }\n    }\n  ": typeof types.SetDocumentPiiStatusDocument,
    "\n    query Users($role: Role, $search: String, $first: Int, $after: String) {\n      users(role: $role, search: $search, first: $first, after: $after) {\n        edges {\n          node {\n            id\n            emailMasked\n            role\n            createdAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": typeof types.UsersDocument,
    "\n    mutation GrantRole($userId: ID!, $role: Role!, $stepUpToken: String) {\n      grantRole(userId: $userId, role: $role, stepUpToken: $stepUpToken) {\n        id\n        role\n      }\n    }\n  ": typeof types.GrantRoleDocument,
    "\n    mutation AccreditModerator($userId: ID!, $stepUpToken: String) {\n      accreditModerator(userId: $userId, stepUpToken: $stepUpToken) {\n        id\n        role\n      }\n    }\n  ": typeof types.AccreditModeratorDocument,
    "\n    query Articles($kind: ArticleKind, $after: String) {\n      articles(kind: $kind, first: 20, after: $after) {\n        edges {\n          node {\n            id\n            kind\n            path\n            title\n            excerpt\n            publishedAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": typeof types.ArticlesDocument,
    "\n    fragment CmsArticleFields on CmsArticle {\n      id\n      kind\n      slug\n      title\n      excerpt\n      body\n      state\n      reviewApproved\n      reviewNote\n      updatedAt\n      publishedAt\n    }\n  ": typeof types.CmsArticleFieldsFragmentDoc,
    "\n    query MyArticles($first: Int, $after: String) {\n      myArticles(first: $first, after: $after) {\n        edges {\n          node {\n            ...CmsArticleFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": typeof types.MyArticlesDocument,
    "\n    query CmsArticles($first: Int, $after: String) {\n      cmsArticles(first: $first, after: $after) {\n        edges {\n          node {\n            ...CmsArticleFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": typeof types.CmsArticlesDocument,
    "\n    mutation CreateArticle($input: ArticleInput!) {\n      createArticle(input: $input) {\n        ...CmsArticleFields\n      }\n    }\n  ": typeof types.CreateArticleDocument,
    "\n    mutation UpdateArticle($id: ID!, $input: ArticlePatchInput!) {\n      updateArticle(id: $id, input: $input) {\n        ...CmsArticleFields\n      }\n    }\n  ": typeof types.UpdateArticleDocument,
    "\n    mutation SubmitArticleForReview($id: ID!) {\n      submitArticleForReview(id: $id) {\n        ...CmsArticleFields\n      }\n    }\n  ": typeof types.SubmitArticleForReviewDocument,
    "\n    mutation ReviewArticle($id: ID!, $approve: Boolean!, $note: String) {\n      reviewArticle(id: $id, approve: $approve, note: $note) {\n        ...CmsArticleFields\n      }\n    }\n  ": typeof types.ReviewArticleDocument,
    "\n    mutation PublishArticle($id: ID!) {\n      publishArticle(id: $id) {\n        ...CmsArticleFields\n      }\n    }\n  ": typeof types.PublishArticleDocument,
    "\n    query ConsentStatus {\n      consentStatus {\n        complete\n        documents {\n          document\n          currentVersion\n          acceptedVersion\n          required\n        }\n      }\n    }\n  ": typeof types.ConsentStatusDocument,
    "\n    mutation AcceptConsents($termsVersion: String!, $privacyVersion: String!) {\n      acceptConsents(termsVersion: $termsVersion, privacyVersion: $privacyVersion, source: ui) {\n        complete\n      }\n    }\n  ": typeof types.AcceptConsentsDocument,
    "\n    query AccountExport {\n      accountExport\n    }\n  ": typeof types.AccountExportDocument,
    "\n    query ReminderSettings {\n      reminderSettings {\n        remindersEnabled\n        calendarFeed {\n          createdAt\n        }\n      }\n    }\n  ": typeof types.ReminderSettingsDocument,
    "\n    mutation SetRemindersEnabled($enabled: Boolean!) {\n      setRemindersEnabled(enabled: $enabled) {\n        remindersEnabled\n      }\n    }\n  ": typeof types.SetRemindersEnabledDocument,
    "\n    mutation CreateCalendarFeed {\n      createCalendarFeed {\n        url\n        createdAt\n      }\n    }\n  ": typeof types.CreateCalendarFeedDocument,
    "\n    mutation RevokeCalendarFeed {\n      revokeCalendarFeed {\n        remindersEnabled\n        calendarFeed {\n          createdAt\n        }\n      }\n    }\n  ": typeof types.RevokeCalendarFeedDocument,
    "\n    query DueItems($states: [DueState!]) {\n      dueItems(states: $states) {\n        vehicle {\n          id\n          make\n          model\n          nickname\n        }\n        item {\n          id\n          title\n          due {\n            state\n            dueDate\n            dueKm\n            estimatedKm\n          }\n        }\n      }\n    }\n  ": typeof types.DueItemsDocument,
    "\n    mutation RequestLoginCode($email: String!) {\n      requestLoginCode(email: $email) {\n        challengeId\n        message\n      }\n    }\n  ": typeof types.RequestLoginCodeDocument,
    "\n    mutation VerifyLoginCode($challengeId: ID!, $code: String!) {\n      verifyLoginCode(challengeId: $challengeId, code: $code) {\n        expiresAt\n        user {\n          id\n          role\n          emailMasked\n        }\n      }\n    }\n  ": typeof types.VerifyLoginCodeDocument,
    "\n    query PublicVehicle($token: String!) {\n      publicVehicle(token: $token) {\n        light\n        hint\n        historyStatus\n        evidenceStatus\n        verificationLevel\n        accidentStatus\n        accidentStatusLabel\n        vehicleClass\n        make\n        model\n        buildYear\n        disclaimer\n      }\n    }\n  ": typeof types.PublicVehicleDocument,
    "\n    mutation CheckPublicVehicleVin($token: String!, $vin: String!) {\n      checkPublicVehicleVin(token: $token, vin: $vin) {\n        matches\n        message\n      }\n    }\n  ": typeof types.CheckPublicVehicleVinDocument,
    "\n    fragment ApiTokenRow on ApiToken {\n      id\n      name\n      scope\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  ": typeof types.ApiTokenRowFragmentDoc,
    "\n    query MyApiTokens($first: Int!, $after: String) {\n      myApiTokens(first: $first, after: $after) {\n        edges {\n          node {\n            ...ApiTokenRow\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": typeof types.MyApiTokensDocument,
    "\n    mutation CreateApiToken($name: String!, $scope: ApiTokenScope!, $expiresInDays: Int) {\n      createApiToken(name: $name, scope: $scope, expiresInDays: $expiresInDays) {\n        token\n        apiToken {\n          ...ApiTokenRow\n        }\n      }\n    }\n  ": typeof types.CreateApiTokenDocument,
    "\n    mutation RevokeApiToken($id: ID!) {\n      revokeApiToken(id: $id) {\n        ...ApiTokenRow\n      }\n    }\n  ": typeof types.RevokeApiTokenDocument,
    "\n    mutation RedeemTransfer($token: String!) {\n      redeemTransfer(token: $token) {\n        id\n        vehicleId\n        state\n      }\n    }\n  ": typeof types.RedeemTransferDocument,
    "\n    query RedeemAllowance {\n      vehicleAllowance {\n        owned\n        limit\n        mayAddVehicle\n      }\n    }\n  ": typeof types.RedeemAllowanceDocument,
    "\n    query PublicCertificate($id: String!) {\n      publicCertificate(id: $id) {\n        state\n        chainFingerprint\n        make\n        model\n        issuedAt\n      }\n    }\n  ": typeof types.PublicCertificateDocument,
    "\n    query MyVehicles($first: Int!, $after: String) {\n      myVehicles(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            make\n            model\n            nickname\n            buildYear\n            vinMasked\n            trustSummary {\n              light\n              hint\n              disclaimer\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": typeof types.MyVehiclesDocument,
    "\n    query VehicleAllowance {\n      vehicleAllowance {\n        owned\n        limit\n        mayAddVehicle\n      }\n    }\n  ": typeof types.VehicleAllowanceDocument,
    "\n    query VehicleDetail($id: ID!, $entries: Int!, $documents: Int!) {\n      documentUploadMaxBytes\n      vehicle(id: $id) {\n        ...VehicleData\n        ...PublicShare\n        trustSummary {\n          ...TrustSummary\n        }\n        documents(first: $documents) {\n          edges {\n            node {\n              ...VehicleDocument\n            }\n          }\n          pageInfo {\n            hasNextPage\n          }\n        }\n        entries(first: $entries) {\n          edges {\n            node {\n              ...TimelineEntry\n            }\n          }\n          pageInfo {\n            hasNextPage\n          }\n        }\n      }\n    }\n  ": typeof types.VehicleDetailDocument,
    "\n    query VehicleCertificates($vehicleId: ID!) {\n      vehicle(id: $vehicleId) {\n        id\n        certificates {\n          id\n          state\n          issuedAt\n          validUntil\n          revokedAt\n          chainFingerprint\n          entryCount\n          checkUrl\n        }\n      }\n    }\n  ": typeof types.VehicleCertificatesDocument,
    "\n    query CertificatePdf($vehicleId: ID!, $id: String!) {\n      vehicle(id: $vehicleId) {\n        id\n        certificate(id: $id) {\n          id\n          pdfBase64\n        }\n      }\n    }\n  ": typeof types.CertificatePdfDocument,
    "\n    mutation GenerateCertificate($vehicleId: ID!) {\n      generateCertificate(vehicleId: $vehicleId) {\n        id\n        state\n      }\n    }\n  ": typeof types.GenerateCertificateDocument,
    "\n    mutation RevokeCertificate($id: String!) {\n      revokeCertificate(id: $id) {\n        id\n        state\n        revokedAt\n      }\n    }\n  ": typeof types.RevokeCertificateDocument,
    "\n    query VehicleStatistics($id: ID!) {\n      vehicle(id: $id) {\n        id\n        nextDue {\n          id\n          title\n          due {\n            state\n            dueDate\n            dueKm\n          }\n        }\n        statistics {\n          entryCount\n          totalCost\n          costThisYear\n          totalKm\n          costPer100Km\n          serviceCount\n          averageServiceIntervalDays\n          averageServiceIntervalKm\n          lastServiceDate\n          lastServiceKm\n          years {\n            year\n            cost\n            km\n          }\n          byType {\n            type\n            cost\n            entryCount\n          }\n        }\n      }\n    }\n  ": typeof types.VehicleStatisticsDocument,
    "\n    fragment VehicleDocument on Document {\n      id\n      filename\n      contentType\n      sizeBytes\n      approvalStatus\n      scanStatus\n      piiStatus\n      rejectionReason\n      validEvidence\n      downloadUrl\n      createdAt\n    }\n  ": typeof types.VehicleDocumentFragmentDoc,
    "\n    mutation RemoveRejectedDocument($id: ID!) {\n      removeRejectedDocument(id: $id) {\n        id\n      }\n    }\n  ": typeof types.RemoveRejectedDocumentDocument,
    "\n    query EntriesCsv($vehicleId: ID!, $separator: CsvSeparator!) {\n      vehicle(id: $vehicleId) {\n        id\n        entriesCsv(separator: $separator)\n      }\n    }\n  ": typeof types.EntriesCsvDocument,
    "\n    fragment CsvImportReport on CsvImportReport {\n      format\n      importedCount\n      rows {\n        line\n        status\n        reason\n        date\n        type\n        odometerKm\n        cost\n        note\n      }\n    }\n  ": typeof types.CsvImportReportFragmentDoc,
    "\n    mutation ImportEntriesCsv($vehicleId: ID!, $csv: String!, $dryRun: Boolean!, $skipInvalidRows: Boolean!, $lubeLoggerType: ServiceEntryType!) {\n      importEntriesCsv(vehicleId: $vehicleId, csv: $csv, dryRun: $dryRun, skipInvalidRows: $skipInvalidRows, lubeLoggerType: $lubeLoggerType) {\n        ...CsvImportReport\n      }\n    }\n  ": typeof types.ImportEntriesCsvDocument,
    "\n    query VehicleInspections($vehicleId: ID!) {\n      vehicle(id: $vehicleId) {\n        id\n        defectCases {\n          id\n          status\n          statusLabel\n          summary\n          openedAt\n          closedAt\n          inspection {\n            id\n            title\n            occurredAt\n          }\n          remediations {\n            id\n            result\n            title\n            summary\n            occurredAt\n            odometerKm\n          }\n        }\n        inspections(first: 20) {\n          edges {\n            node {\n              id\n              source\n              result\n              title\n              summary\n              occurredAt\n              odometerKm\n              linkedDocumentIds\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.VehicleInspectionsDocument,
    "\n    mutation RecordInspection($input: RecordInspectionInput!) {\n      recordInspection(input: $input) {\n        id\n        result\n        defectCase {\n          id\n          status\n        }\n      }\n    }\n  ": typeof types.RecordInspectionDocument,
    "\n    mutation RecordRemediation($caseId: ID!, $input: RecordRemediationInput!) {\n      recordRemediation(caseId: $caseId, input: $input) {\n        id\n        status\n        statusLabel\n        remediations {\n          id\n        }\n      }\n    }\n  ": typeof types.RecordRemediationDocument,
    "\n    fragment PublicShare on Vehicle {\n      id\n      publicShareEnabled\n      publicShare {\n        url\n        qrPngDataUrl\n        qrSvg\n      }\n    }\n  ": typeof types.PublicShareFragmentDoc,
    "\n    mutation EnablePublicShare($vehicleId: ID!) {\n      enablePublicShare(vehicleId: $vehicleId) {\n        vehicle {\n          ...PublicShare\n        }\n      }\n    }\n  ": typeof types.EnablePublicShareDocument,
    "\n    mutation RotatePublicShare($vehicleId: ID!) {\n      rotatePublicShare(vehicleId: $vehicleId) {\n        vehicle {\n          ...PublicShare\n        }\n      }\n    }\n  ": typeof types.RotatePublicShareDocument,
    "\n    mutation DisablePublicShare($vehicleId: ID!) {\n      disablePublicShare(vehicleId: $vehicleId)\n    }\n  ": typeof types.DisablePublicShareDocument,
    "\n    fragment ServicePlanItemFields on ServicePlanItem {\n      id\n      kind\n      title\n      intervalMonths\n      intervalKm\n      satisfiedBy\n      due {\n        state\n        dueDate\n        dueKm\n        lastDoneDate\n        lastDoneKm\n        estimatedKm\n      }\n    }\n  ": typeof types.ServicePlanItemFieldsFragmentDoc,
    "\n    query VehicleServicePlan($vehicleId: ID!) {\n      servicePlanKinds {\n        kind\n        title\n        satisfiedBy\n      }\n      vehicle(id: $vehicleId) {\n        id\n        firstRegistration\n        servicePlan {\n          ...ServicePlanItemFields\n        }\n      }\n    }\n  ": typeof types.VehicleServicePlanDocument,
    "\n    mutation AddServicePlanItem($vehicleId: ID!, $input: ServicePlanItemInput!) {\n      addServicePlanItem(vehicleId: $vehicleId, input: $input) {\n        id\n      }\n    }\n  ": typeof types.AddServicePlanItemDocument,
    "\n    mutation UpdateServicePlanItem($id: ID!, $input: ServicePlanItemInput!) {\n      updateServicePlanItem(id: $id, input: $input) {\n        ...ServicePlanItemFields\n      }\n    }\n  ": typeof types.UpdateServicePlanItemDocument,
    "\n    mutation RemoveServicePlanItem($id: ID!) {\n      removeServicePlanItem(id: $id)\n    }\n  ": typeof types.RemoveServicePlanItemDocument,
    "\n    fragment TimelineEntry on ServiceEntry {\n      id\n      groupId\n      version\n      date\n      type\n      performedBy\n      performedByLabel\n      odometerKm\n      odometerReplaced\n      note\n      cost\n      declaredTrustLevel\n      effectiveTrustLevel\n      linkedDocumentIds\n      withdrawn\n      withdrawalReason\n      confirmedByWorkshop\n      imported\n      createdAt\n    }\n  ": typeof types.TimelineEntryFragmentDoc,
    "\n    mutation AddServiceEntry($input: AddServiceEntryInput!) {\n      addServiceEntry(input: $input) {\n        ...TimelineEntry\n      }\n    }\n  ": typeof types.AddServiceEntryDocument,
    "\n    mutation ReviseServiceEntry($entryId: ID!, $input: ReviseServiceEntryInput!) {\n      reviseServiceEntry(entryId: $entryId, input: $input) {\n        ...TimelineEntry\n      }\n    }\n  ": typeof types.ReviseServiceEntryDocument,
    "\n    mutation WithdrawServiceEntry($entryId: ID!, $reason: String!) {\n      withdrawServiceEntry(entryId: $entryId, reason: $reason) {\n        ...TimelineEntry\n      }\n    }\n  ": typeof types.WithdrawServiceEntryDocument,
    "\n    query EntryHistory($entryId: ID!, $after: String) {\n      serviceEntryHistory(entryId: $entryId, first: 100, after: $after) {\n        edges {\n          node {\n            ...TimelineEntry\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": typeof types.EntryHistoryDocument,
    "\n    query VehicleTransfer($vehicleId: ID!) {\n      myTransfers(vehicleId: $vehicleId, first: 1) {\n        edges {\n          node {\n            id\n            vehicleId\n            state\n            expiresAt\n            extended\n            initiatedByMe\n          }\n        }\n      }\n    }\n  ": typeof types.VehicleTransferDocument,
    "\n    mutation CreateTransfer($vehicleId: ID!) {\n      createTransfer(vehicleId: $vehicleId) {\n        token\n        redeemUrl\n        qrCodePngDataUrl\n        qrCodeSvg\n        transfer {\n          id\n          state\n          expiresAt\n        }\n      }\n    }\n  ": typeof types.CreateTransferDocument,
    "\n    mutation CancelTransfer($id: ID!) {\n      cancelTransfer(id: $id) {\n        id\n        state\n      }\n    }\n  ": typeof types.CancelTransferDocument,
    "\n    mutation ExtendTransfer($id: ID!) {\n      extendTransfer(id: $id) {\n        id\n        expiresAt\n        extended\n      }\n    }\n  ": typeof types.ExtendTransferDocument,
    "\n    query VehicleExport($vehicleId: ID!) {\n      vehicleExport(vehicleId: $vehicleId)\n    }\n  ": typeof types.VehicleExportDocument,
    "\n    query TrustFolders($vehicleId: ID!) {\n      trustFolders(vehicleId: $vehicleId, first: 20) {\n        edges {\n          node {\n            id\n            key\n            title\n            stages {\n              id\n              name\n              date\n              performedByLabel\n              cost\n              documentIds\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.TrustFoldersDocument,
    "\n    query VehicleAddons($vehicleId: ID!) {\n      vehicleAddons(vehicleId: $vehicleId) {\n        vehicleId\n        key\n        enabled\n        blockedBy\n      }\n    }\n  ": typeof types.VehicleAddonsDocument,
    "\n    mutation EnableVehicleAddon($vehicleId: ID!, $key: AddonKey!) {\n      enableVehicleAddon(vehicleId: $vehicleId, key: $key) {\n        vehicleId\n        key\n        enabled\n        blockedBy\n      }\n    }\n  ": typeof types.EnableVehicleAddonDocument,
    "\n    mutation DisableVehicleAddon($vehicleId: ID!, $key: AddonKey!) {\n      disableVehicleAddon(vehicleId: $vehicleId, key: $key) {\n        vehicleId\n        key\n        enabled\n        blockedBy\n      }\n    }\n  ": typeof types.DisableVehicleAddonDocument,
    "\n    mutation CreateTrustFolder($vehicleId: ID!, $key: AddonKey!, $title: String!) {\n      createTrustFolder(vehicleId: $vehicleId, key: $key, title: $title) {\n        id\n        key\n        title\n      }\n    }\n  ": typeof types.CreateTrustFolderDocument,
    "\n    mutation AddTrustFolderStage($folderId: ID!, $input: TrustFolderStageInput!) {\n      addTrustFolderStage(folderId: $folderId, input: $input) {\n        id\n      }\n    }\n  ": typeof types.AddTrustFolderStageDocument,
    "\n    mutation RenameTrustFolder($id: ID!, $title: String!) {\n      renameTrustFolder(id: $id, title: $title) {\n        id\n        title\n      }\n    }\n  ": typeof types.RenameTrustFolderDocument,
    "\n    mutation DeleteTrustFolder($id: ID!) {\n      deleteTrustFolder(id: $id) {\n        id\n      }\n    }\n  ": typeof types.DeleteTrustFolderDocument,
    "\n    fragment TrustSummary on TrustSummary {\n      light\n      hint\n      verificationLevel\n      historyStatus\n      evidenceStatus\n      accidentStatusLabel\n      bestLevel\n      disclaimer\n      reasons {\n        code\n        hint\n        severity\n      }\n      todos {\n        code\n        hint\n        severity\n      }\n    }\n  ": typeof types.TrustSummaryFragmentDoc,
    "\n    mutation UploadDocument($vehicleId: ID!, $file: Upload!, $entryIds: [ID!]) {\n      uploadDocument(vehicleId: $vehicleId, file: $file, entryIds: $entryIds) {\n        ...VehicleDocument\n      }\n    }\n  ": typeof types.UploadDocumentDocument,
    "\n    mutation ReplaceRejectedDocument($id: ID!) {\n      removeRejectedDocument(id: $id) {\n        id\n      }\n    }\n  ": typeof types.ReplaceRejectedDocumentDocument,
    "\n    fragment VehicleData on Vehicle {\n      id\n      make\n      model\n      nickname\n      buildYear\n      firstRegistration\n      vehicleClass\n      vinMasked\n      accidentStatus\n      accidentStatusLabel\n      accidentTrustCompleted\n      physicalServiceBook\n      interestedInSelling\n    }\n  ": typeof types.VehicleDataFragmentDoc,
    "\n    mutation UpdateVehicle($id: ID!, $input: UpdateVehicleInput!) {\n      updateVehicle(id: $id, input: $input) {\n        ...VehicleData\n      }\n    }\n  ": typeof types.UpdateVehicleDocument,
    "\n    query ProposedServiceEntries {\n      proposedServiceEntries {\n        id\n        status\n        vehicleId\n        date\n        type\n        km\n        note\n        itemTitles\n        workshopName\n        createdAt\n      }\n    }\n  ": typeof types.ProposedServiceEntriesDocument,
    "\n    mutation AcceptProposedEntry($idempotencyKey: String!, $id: ID!) {\n      acceptProposedEntry(idempotencyKey: $idempotencyKey, id: $id) {\n        ...TimelineEntry\n      }\n    }\n  ": typeof types.AcceptProposedEntryDocument,
    "\n    mutation DeclineProposedEntry($idempotencyKey: String!, $id: ID!) {\n      declineProposedEntry(idempotencyKey: $idempotencyKey, id: $id) {\n        id\n        status\n      }\n    }\n  ": typeof types.DeclineProposedEntryDocument,
    "\n    mutation CreateVehicle($input: CreateVehicleInput!) {\n      createVehicle(input: $input) {\n        id\n      }\n    }\n  ": typeof types.CreateVehicleDocument,
    "\n    query NewVehicleAllowance {\n      vehicleAllowance {\n        owned\n        limit\n        mayAddVehicle\n      }\n    }\n  ": typeof types.NewVehicleAllowanceDocument,
    "\n    query WorkshopSessions($status: WorkshopSessionStatus, $first: Int!, $after: String) {\n      workshopSessions(status: $status, first: $first, after: $after) {\n        edges {\n          node {\n            id\n            status\n            openedAt\n            closedAt\n            access\n            vehicle {\n              make\n              model\n              year\n              trustLight\n            }\n            items {\n              id\n              status\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": typeof types.WorkshopSessionsDocument,
    "\n    query WorkshopVehicles($first: Int!, $after: String) {\n      actableVehicles(first: $first, after: $after) {\n        edges {\n          relation\n          node {\n            id\n            make\n            model\n            nickname\n            buildYear\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": typeof types.WorkshopVehiclesDocument,
    "\n    mutation OpenWorkshopSession($idempotencyKey: String!, $vehicleId: ID, $shareToken: String) {\n      openWorkshopSession(idempotencyKey: $idempotencyKey, vehicleId: $vehicleId, shareToken: $shareToken) {\n        id\n        status\n      }\n    }\n  ": typeof types.OpenWorkshopSessionDocument,
    "\n    query WorkshopSession($id: ID!) {\n      workshopSession(id: $id) {\n        id\n        status\n        openedAt\n        closedAt\n        access\n        vehicle {\n          make\n          model\n          year\n          vehicleId\n          trustLight\n        }\n        notes {\n          id\n          text\n          createdAt\n        }\n        items {\n          ...WorkshopItemFields\n        }\n        latestSnapshot {\n          id\n          itemIds\n          createdAt\n        }\n        proposedEntry {\n          id\n          status\n          date\n          type\n          km\n          note\n          itemTitles\n        }\n      }\n    }\n  ": typeof types.WorkshopSessionDocument,
    "\n    mutation PublishWorkshopBoard($idempotencyKey: String!, $sessionId: ID!, $itemIds: [ID!]!, $note: String) {\n      publishWorkshopBoard(idempotencyKey: $idempotencyKey, sessionId: $sessionId, itemIds: $itemIds, note: $note) {\n        id\n        itemIds\n        note\n        createdAt\n      }\n    }\n  ": typeof types.PublishWorkshopBoardDocument,
    "\n    mutation CloseWorkshopSession($idempotencyKey: String!, $sessionId: ID!, $proposeEntry: ProposedEntryInput) {\n      closeWorkshopSession(idempotencyKey: $idempotencyKey, sessionId: $sessionId, proposeEntry: $proposeEntry) {\n        id\n        status\n        closedAt\n        proposedEntry {\n          id\n          status\n        }\n      }\n    }\n  ": typeof types.CloseWorkshopSessionDocument,
    "\n    fragment WorkshopItemFields on WorkshopItem {\n      id\n      kind\n      title\n      details\n      severity\n      status\n      evidenceDocumentIds\n      createdAt\n      updatedAt\n    }\n  ": typeof types.WorkshopItemFieldsFragmentDoc,
    "\n    mutation AddWorkshopItems($idempotencyKey: String!, $sessionId: ID!, $items: [WorkshopItemInput!]!) {\n      addWorkshopItems(idempotencyKey: $idempotencyKey, sessionId: $sessionId, items: $items) {\n        ...WorkshopItemFields\n      }\n    }\n  ": typeof types.AddWorkshopItemsDocument,
    "\n    mutation UpdateWorkshopItem($idempotencyKey: String!, $itemId: ID!, $input: WorkshopItemUpdateInput!) {\n      updateWorkshopItem(idempotencyKey: $idempotencyKey, itemId: $itemId, input: $input) {\n        ...WorkshopItemFields\n      }\n    }\n  ": typeof types.UpdateWorkshopItemDocument,
    "\n    mutation AddWorkshopNote($idempotencyKey: String!, $sessionId: ID!, $text: String!) {\n      addWorkshopNote(idempotencyKey: $idempotencyKey, sessionId: $sessionId, text: $text) {\n        id\n        text\n        createdAt\n      }\n    }\n  ": typeof types.AddWorkshopNoteDocument,
    "\n    subscription WorkshopBoard($sessionId: ID!) {\n      workshopBoard(sessionId: $sessionId) {\n        session {\n          id\n          status\n          vehicle {\n            make\n            model\n            year\n          }\n        }\n        snapshot {\n          id\n          note\n          createdAt\n          items {\n            ...WorkshopItemFields\n          }\n        }\n        openItems {\n          ...WorkshopItemFields\n        }\n      }\n    }\n  ": typeof types.WorkshopBoardDocument,
};
const documents: Documents = {
    "\n  query ConsentComplete {\n    consentStatus {\n      complete\n    }\n  }\n": types.ConsentCompleteDocument,
    "\n    mutation RequestStepUp($scope: StepUpScope!) {\n      requestStepUp(scope: $scope) {\n        challengeId\n      }\n    }\n  ": types.RequestStepUpDocument,
    "\n    mutation ConfirmStepUp($challengeId: ID!, $code: String!) {\n      confirmStepUp(challengeId: $challengeId, code: $code) {\n        stepUpToken\n      }\n    }\n  ": types.ConfirmStepUpDocument,
    "\n  query Me {\n    me {\n      id\n      role\n      emailMasked\n    }\n  }\n": types.MeDocument,
    "\n  query Site {\n    site {\n      operator {\n        demo\n        name\n        representative\n        street\n        postalCode\n        city\n        country\n        email\n        phone\n        register\n        vatId\n        contentResponsible\n      }\n      trustDisclaimer\n      trustGreenHint\n    }\n  }\n": types.SiteDocument,
    "\n    mutation Logout {\n      logout\n    }\n  ": types.LogoutDocument,
    "\n    query Article($kind: ArticleKind!, $slug: String!) {\n      article(kind: $kind, slug: $slug) {\n        id\n        title\n        excerpt\n        bodyHtml\n        publishedAt\n      }\n    }\n  ": types.ArticleDocument,
    "\n    mutation UnsubscribeReminders($token: String!) {\n      unsubscribeReminders(token: $token)\n    }\n  ": types.UnsubscribeRemindersDocument,
    "\n    query SearchUsers($search: String!, $first: Int, $after: String) {\n      users(search: $search, first: $first, after: $after) {\n        edges {\n          node {\n            id\n            emailMasked\n            role\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": types.SearchUsersDocument,
    "\n    query AddonConfigs {\n      addonConfigs {\n        key\n        configured\n        allowNew\n        requiresPayment\n        adminOnly\n      }\n    }\n  ": types.AddonConfigsDocument,
    "\n    mutation SetAddonConfig($key: AddonKey!, $allowNew: Boolean, $requiresPayment: Boolean, $adminOnly: Boolean) {\n      setAddonConfig(key: $key, allowNew: $allowNew, requiresPayment: $requiresPayment, adminOnly: $adminOnly) {\n        key\n        configured\n        allowNew\n        requiresPayment\n        adminOnly\n      }\n    }\n  ": types.SetAddonConfigDocument,
    "\n    query Entitlements($userId: ID!) {\n      entitlements(userId: $userId) {\n        key\n        userId\n        grantedAt\n      }\n    }\n  ": types.EntitlementsDocument,
    "\n    mutation GrantEntitlement($userId: ID!, $key: EntitlementKey!) {\n      grantEntitlement(userId: $userId, key: $key) {\n        key\n        userId\n        grantedAt\n      }\n    }\n  ": types.GrantEntitlementDocument,
    "\n    mutation RevokeEntitlement($userId: ID!, $key: EntitlementKey!) {\n      revokeEntitlement(userId: $userId, key: $key)\n    }\n  ": types.RevokeEntitlementDocument,
    "\n    query AuditLog($actions: [String!], $result: AuditResult, $first: Int, $after: String) {\n      auditLog(actions: $actions, result: $result, first: $first, after: $after) {\n        edges {\n          node {\n            id\n            at\n            action\n            actorType\n            actorRole\n            targetType\n            scope\n            result\n            reason\n            requestId\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": types.AuditLogDocument,
    "\n    fragment AdminVipBusiness on VipBusiness {\n      id\n      name\n      approved\n      owner {\n        id\n        emailMasked\n      }\n      staff {\n        id\n        emailMasked\n      }\n    }\n  ": types.AdminVipBusinessFragmentDoc,
    "\n    query VipBusinesses($first: Int, $after: String) {\n      vipBusinesses(first: $first, after: $after) {\n        edges {\n          node {\n            ...AdminVipBusiness\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": types.VipBusinessesDocument,
    "\n    mutation CreateVipBusiness($name: String!, $ownerId: ID!) {\n      createVipBusiness(name: $name, ownerId: $ownerId) {\n        ...AdminVipBusiness\n      }\n    }\n  ": types.CreateVipBusinessDocument,
    "\n    mutation ApproveVipBusiness($businessId: ID!, $stepUpToken: String) {\n      approveVipBusiness(businessId: $businessId, stepUpToken: $stepUpToken) {\n        ...AdminVipBusiness\n      }\n    }\n  ": types.ApproveVipBusinessDocument,
    "\n    mutation AddVipBusinessStaff($businessId: ID!, $userId: ID!, $stepUpToken: String) {\n      addVipBusinessStaff(businessId: $businessId, userId: $userId, stepUpToken: $stepUpToken) {\n        ...AdminVipBusiness\n      }\n    }\n  ": types.AddVipBusinessStaffDocument,
    "\n    mutation RemoveVipBusinessStaff($businessId: ID!, $userId: ID!, $stepUpToken: String) {\n      removeVipBusinessStaff(businessId: $businessId, userId: $userId, stepUpToken: $stepUpToken) {\n        ...AdminVipBusiness\n      }\n    }\n  ": types.RemoveVipBusinessStaffDocument,
    "\n    mutation CreateFullExportGrant($targetType: ExportTargetType!, $targetId: ID!, $stepUpToken: String) {\n      createFullExportGrant(targetType: $targetType, targetId: $targetId, stepUpToken: $stepUpToken) {\n        grantId\n        token\n        targetType\n        targetId\n        expiresAt\n      }\n    }\n  ": types.CreateFullExportGrantDocument,
    "\n    mutation FullExport($targetType: ExportTargetType!, $targetId: ID!, $token: String) {\n      fullExport(targetType: $targetType, targetId: $targetId, token: $token) {\n        targetType\n        targetId\n        algorithm\n        payload\n      }\n    }\n  ": types.FullExportDocument,
    "\n    fragment ReviewDocument on Document {\n      id\n      filename\n      contentType\n      sizeBytes\n      approvalStatus\n      scanStatus\n      piiStatus\n      downloadUrl\n      createdAt\n    }\n  ": types.ReviewDocumentFragmentDoc,
    "\n    query QuarantineQueue($first: Int, $after: String) {\n      quarantineQueue(first: $first, after: $after) {\n        edges {\n          node {\n            ...ReviewDocument\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": types.QuarantineQueueDocument,
    "\n    mutation ApproveDocument($id: ID!) {\n      approveDocument(id: $id) {\n        ...ReviewDocument\n      }\n    }\n  ": types.ApproveDocumentDocument,
    "\n    mutation RejectDocument($id: ID!, $reason: String!) {\n      rejectDocument(id: $id, reason: $reason) {\n        ...ReviewDocument\n      }\n    }\n  ": types.RejectDocumentDocument,
    "\n    mutation SetDocumentScanResult($id: ID!, $scanStatus: DocumentScanStatus!) {\n      setDocumentScanResult(id: $id, scanStatus: $scanStatus) {\n        ...ReviewDocument\n      }\n    }\n  ": types.SetDocumentScanResultDocument,
    "\n    mutation SetDocumentPiiStatus($id: ID!, $piiStatus: DocumentPiiStatus!) {\n      setDocumentPiiStatus(id: $id, piiStatus: $piiStatus) {\n        ...ReviewDocument\n      }\n    }\n  ": types.SetDocumentPiiStatusDocument,
    "\n    query Users($role: Role, $search: String, $first: Int, $after: String) {\n      users(role: $role, search: $search, first: $first, after: $after) {\n        edges {\n          node {\n            id\n            emailMasked\n            role\n            createdAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": types.UsersDocument,
    "\n    mutation GrantRole($userId: ID!, $role: Role!, $stepUpToken: String) {\n      grantRole(userId: $userId, role: $role, stepUpToken: $stepUpToken) {\n        id\n        role\n      }\n    }\n  ": types.GrantRoleDocument,
    "\n    mutation AccreditModerator($userId: ID!, $stepUpToken: String) {\n      accreditModerator(userId: $userId, stepUpToken: $stepUpToken) {\n        id\n        role\n      }\n    }\n  ": types.AccreditModeratorDocument,
    "\n    query Articles($kind: ArticleKind, $after: String) {\n      articles(kind: $kind, first: 20, after: $after) {\n        edges {\n          node {\n            id\n            kind\n            path\n            title\n            excerpt\n            publishedAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": types.ArticlesDocument,
    "\n    fragment CmsArticleFields on CmsArticle {\n      id\n      kind\n      slug\n      title\n      excerpt\n      body\n      state\n      reviewApproved\n      reviewNote\n      updatedAt\n      publishedAt\n    }\n  ": types.CmsArticleFieldsFragmentDoc,
    "\n    query MyArticles($first: Int, $after: String) {\n      myArticles(first: $first, after: $after) {\n        edges {\n          node {\n            ...CmsArticleFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": types.MyArticlesDocument,
    "\n    query CmsArticles($first: Int, $after: String) {\n      cmsArticles(first: $first, after: $after) {\n        edges {\n          node {\n            ...CmsArticleFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": types.CmsArticlesDocument,
    "\n    mutation CreateArticle($input: ArticleInput!) {\n      createArticle(input: $input) {\n        ...CmsArticleFields\n      }\n    }\n  ": types.CreateArticleDocument,
    "\n    mutation UpdateArticle($id: ID!, $input: ArticlePatchInput!) {\n      updateArticle(id: $id, input: $input) {\n        ...CmsArticleFields\n      }\n    }\n  ": types.UpdateArticleDocument,
    "\n    mutation SubmitArticleForReview($id: ID!) {\n      submitArticleForReview(id: $id) {\n        ...CmsArticleFields\n      }\n    }\n  ": types.SubmitArticleForReviewDocument,
    "\n    mutation ReviewArticle($id: ID!, $approve: Boolean!, $note: String) {\n      reviewArticle(id: $id, approve: $approve, note: $note) {\n        ...CmsArticleFields\n      }\n    }\n  ": types.ReviewArticleDocument,
    "\n    mutation PublishArticle($id: ID!) {\n      publishArticle(id: $id) {\n        ...CmsArticleFields\n      }\n    }\n  ": types.PublishArticleDocument,
    "\n    query ConsentStatus {\n      consentStatus {\n        complete\n        documents {\n          document\n          currentVersion\n          acceptedVersion\n          required\n        }\n      }\n    }\n  ": types.ConsentStatusDocument,
    "\n    mutation AcceptConsents($termsVersion: String!, $privacyVersion: String!) {\n      acceptConsents(termsVersion: $termsVersion, privacyVersion: $privacyVersion, source: ui) {\n        complete\n      }\n    }\n  ": types.AcceptConsentsDocument,
    "\n    query AccountExport {\n      accountExport\n    }\n  ": types.AccountExportDocument,
    "\n    query ReminderSettings {\n      reminderSettings {\n        remindersEnabled\n        calendarFeed {\n          createdAt\n        }\n      }\n    }\n  ": types.ReminderSettingsDocument,
    "\n    mutation SetRemindersEnabled($enabled: Boolean!) {\n      setRemindersEnabled(enabled: $enabled) {\n        remindersEnabled\n      }\n    }\n  ": types.SetRemindersEnabledDocument,
    "\n    mutation CreateCalendarFeed {\n      createCalendarFeed {\n        url\n        createdAt\n      }\n    }\n  ": types.CreateCalendarFeedDocument,
    "\n    mutation RevokeCalendarFeed {\n      revokeCalendarFeed {\n        remindersEnabled\n        calendarFeed {\n          createdAt\n        }\n      }\n    }\n  ": types.RevokeCalendarFeedDocument,
    "\n    query DueItems($states: [DueState!]) {\n      dueItems(states: $states) {\n        vehicle {\n          id\n          make\n          model\n          nickname\n        }\n        item {\n          id\n          title\n          due {\n            state\n            dueDate\n            dueKm\n            estimatedKm\n          }\n        }\n      }\n    }\n  ": types.DueItemsDocument,
    "\n    mutation RequestLoginCode($email: String!) {\n      requestLoginCode(email: $email) {\n        challengeId\n        message\n      }\n    }\n  ": types.RequestLoginCodeDocument,
    "\n    mutation VerifyLoginCode($challengeId: ID!, $code: String!) {\n      verifyLoginCode(challengeId: $challengeId, code: $code) {\n        expiresAt\n        user {\n          id\n          role\n          emailMasked\n        }\n      }\n    }\n  ": types.VerifyLoginCodeDocument,
    "\n    query PublicVehicle($token: String!) {\n      publicVehicle(token: $token) {\n        light\n        hint\n        historyStatus\n        evidenceStatus\n        verificationLevel\n        accidentStatus\n        accidentStatusLabel\n        vehicleClass\n        make\n        model\n        buildYear\n        disclaimer\n      }\n    }\n  ": types.PublicVehicleDocument,
    "\n    mutation CheckPublicVehicleVin($token: String!, $vin: String!) {\n      checkPublicVehicleVin(token: $token, vin: $vin) {\n        matches\n        message\n      }\n    }\n  ": types.CheckPublicVehicleVinDocument,
    "\n    fragment ApiTokenRow on ApiToken {\n      id\n      name\n      scope\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  ": types.ApiTokenRowFragmentDoc,
    "\n    query MyApiTokens($first: Int!, $after: String) {\n      myApiTokens(first: $first, after: $after) {\n        edges {\n          node {\n            ...ApiTokenRow\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": types.MyApiTokensDocument,
    "\n    mutation CreateApiToken($name: String!, $scope: ApiTokenScope!, $expiresInDays: Int) {\n      createApiToken(name: $name, scope: $scope, expiresInDays: $expiresInDays) {\n        token\n        apiToken {\n          ...ApiTokenRow\n        }\n      }\n    }\n  ": types.CreateApiTokenDocument,
    "\n    mutation RevokeApiToken($id: ID!) {\n      revokeApiToken(id: $id) {\n        ...ApiTokenRow\n      }\n    }\n  ": types.RevokeApiTokenDocument,
    "\n    mutation RedeemTransfer($token: String!) {\n      redeemTransfer(token: $token) {\n        id\n        vehicleId\n        state\n      }\n    }\n  ": types.RedeemTransferDocument,
    "\n    query RedeemAllowance {\n      vehicleAllowance {\n        owned\n        limit\n        mayAddVehicle\n      }\n    }\n  ": types.RedeemAllowanceDocument,
    "\n    query PublicCertificate($id: String!) {\n      publicCertificate(id: $id) {\n        state\n        chainFingerprint\n        make\n        model\n        issuedAt\n      }\n    }\n  ": types.PublicCertificateDocument,
    "\n    query MyVehicles($first: Int!, $after: String) {\n      myVehicles(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            make\n            model\n            nickname\n            buildYear\n            vinMasked\n            trustSummary {\n              light\n              hint\n              disclaimer\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": types.MyVehiclesDocument,
    "\n    query VehicleAllowance {\n      vehicleAllowance {\n        owned\n        limit\n        mayAddVehicle\n      }\n    }\n  ": types.VehicleAllowanceDocument,
    "\n    query VehicleDetail($id: ID!, $entries: Int!, $documents: Int!) {\n      documentUploadMaxBytes\n      vehicle(id: $id) {\n        ...VehicleData\n        ...PublicShare\n        trustSummary {\n          ...TrustSummary\n        }\n        documents(first: $documents) {\n          edges {\n            node {\n              ...VehicleDocument\n            }\n          }\n          pageInfo {\n            hasNextPage\n          }\n        }\n        entries(first: $entries) {\n          edges {\n            node {\n              ...TimelineEntry\n            }\n          }\n          pageInfo {\n            hasNextPage\n          }\n        }\n      }\n    }\n  ": types.VehicleDetailDocument,
    "\n    query VehicleCertificates($vehicleId: ID!) {\n      vehicle(id: $vehicleId) {\n        id\n        certificates {\n          id\n          state\n          issuedAt\n          validUntil\n          revokedAt\n          chainFingerprint\n          entryCount\n          checkUrl\n        }\n      }\n    }\n  ": types.VehicleCertificatesDocument,
    "\n    query CertificatePdf($vehicleId: ID!, $id: String!) {\n      vehicle(id: $vehicleId) {\n        id\n        certificate(id: $id) {\n          id\n          pdfBase64\n        }\n      }\n    }\n  ": types.CertificatePdfDocument,
    "\n    mutation GenerateCertificate($vehicleId: ID!) {\n      generateCertificate(vehicleId: $vehicleId) {\n        id\n        state\n      }\n    }\n  ": types.GenerateCertificateDocument,
    "\n    mutation RevokeCertificate($id: String!) {\n      revokeCertificate(id: $id) {\n        id\n        state\n        revokedAt\n      }\n    }\n  ": types.RevokeCertificateDocument,
    "\n    query VehicleStatistics($id: ID!) {\n      vehicle(id: $id) {\n        id\n        nextDue {\n          id\n          title\n          due {\n            state\n            dueDate\n            dueKm\n          }\n        }\n        statistics {\n          entryCount\n          totalCost\n          costThisYear\n          totalKm\n          costPer100Km\n          serviceCount\n          averageServiceIntervalDays\n          averageServiceIntervalKm\n          lastServiceDate\n          lastServiceKm\n          years {\n            year\n            cost\n            km\n          }\n          byType {\n            type\n            cost\n            entryCount\n          }\n        }\n      }\n    }\n  ": types.VehicleStatisticsDocument,
    "\n    fragment VehicleDocument on Document {\n      id\n      filename\n      contentType\n      sizeBytes\n      approvalStatus\n      scanStatus\n      piiStatus\n      rejectionReason\n      validEvidence\n      downloadUrl\n      createdAt\n    }\n  ": types.VehicleDocumentFragmentDoc,
    "\n    mutation RemoveRejectedDocument($id: ID!) {\n      removeRejectedDocument(id: $id) {\n        id\n      }\n    }\n  ": types.RemoveRejectedDocumentDocument,
    "\n    query EntriesCsv($vehicleId: ID!, $separator: CsvSeparator!) {\n      vehicle(id: $vehicleId) {\n        id\n        entriesCsv(separator: $separator)\n      }\n    }\n  ": types.EntriesCsvDocument,
    "\n    fragment CsvImportReport on CsvImportReport {\n      format\n      importedCount\n      rows {\n        line\n        status\n        reason\n        date\n        type\n        odometerKm\n        cost\n        note\n      }\n    }\n  ": types.CsvImportReportFragmentDoc,
    "\n    mutation ImportEntriesCsv($vehicleId: ID!, $csv: String!, $dryRun: Boolean!, $skipInvalidRows: Boolean!, $lubeLoggerType: ServiceEntryType!) {\n      importEntriesCsv(vehicleId: $vehicleId, csv: $csv, dryRun: $dryRun, skipInvalidRows: $skipInvalidRows, lubeLoggerType: $lubeLoggerType) {\n        ...CsvImportReport\n      }\n    }\n  ": types.ImportEntriesCsvDocument,
    "\n    query VehicleInspections($vehicleId: ID!) {\n      vehicle(id: $vehicleId) {\n        id\n        defectCases {\n          id\n          status\n          statusLabel\n          summary\n          openedAt\n          closedAt\n          inspection {\n            id\n            title\n            occurredAt\n          }\n          remediations {\n            id\n            result\n            title\n            summary\n            occurredAt\n            odometerKm\n          }\n        }\n        inspections(first: 20) {\n          edges {\n            node {\n              id\n              source\n              result\n              title\n              summary\n              occurredAt\n              odometerKm\n              linkedDocumentIds\n            }\n          }\n        }\n      }\n    }\n  ": types.VehicleInspectionsDocument,
    "\n    mutation RecordInspection($input: RecordInspectionInput!) {\n      recordInspection(input: $input) {\n        id\n        result\n        defectCase {\n          id\n          status\n        }\n      }\n    }\n  ": types.RecordInspectionDocument,
    "\n    mutation RecordRemediation($caseId: ID!, $input: RecordRemediationInput!) {\n      recordRemediation(caseId: $caseId, input: $input) {\n        id\n        status\n        statusLabel\n        remediations {\n          id\n        }\n      }\n    }\n  ": types.RecordRemediationDocument,
    "\n    fragment PublicShare on Vehicle {\n      id\n      publicShareEnabled\n      publicShare {\n        url\n        qrPngDataUrl\n        qrSvg\n      }\n    }\n  ": types.PublicShareFragmentDoc,
    "\n    mutation EnablePublicShare($vehicleId: ID!) {\n      enablePublicShare(vehicleId: $vehicleId) {\n        vehicle {\n          ...PublicShare\n        }\n      }\n    }\n  ": types.EnablePublicShareDocument,
    "\n    mutation RotatePublicShare($vehicleId: ID!) {\n      rotatePublicShare(vehicleId: $vehicleId) {\n        vehicle {\n          ...PublicShare\n        }\n      }\n    }\n  ": types.RotatePublicShareDocument,
    "\n    mutation DisablePublicShare($vehicleId: ID!) {\n      disablePublicShare(vehicleId: $vehicleId)\n    }\n  ": types.DisablePublicShareDocument,
    "\n    fragment ServicePlanItemFields on ServicePlanItem {\n      id\n      kind\n      title\n      intervalMonths\n      intervalKm\n      satisfiedBy\n      due {\n        state\n        dueDate\n        dueKm\n        lastDoneDate\n        lastDoneKm\n        estimatedKm\n      }\n    }\n  ": types.ServicePlanItemFieldsFragmentDoc,
    "\n    query VehicleServicePlan($vehicleId: ID!) {\n      servicePlanKinds {\n        kind\n        title\n        satisfiedBy\n      }\n      vehicle(id: $vehicleId) {\n        id\n        firstRegistration\n        servicePlan {\n          ...ServicePlanItemFields\n        }\n      }\n    }\n  ": types.VehicleServicePlanDocument,
    "\n    mutation AddServicePlanItem($vehicleId: ID!, $input: ServicePlanItemInput!) {\n      addServicePlanItem(vehicleId: $vehicleId, input: $input) {\n        id\n      }\n    }\n  ": types.AddServicePlanItemDocument,
    "\n    mutation UpdateServicePlanItem($id: ID!, $input: ServicePlanItemInput!) {\n      updateServicePlanItem(id: $id, input: $input) {\n        ...ServicePlanItemFields\n      }\n    }\n  ": types.UpdateServicePlanItemDocument,
    "\n    mutation RemoveServicePlanItem($id: ID!) {\n      removeServicePlanItem(id: $id)\n    }\n  ": types.RemoveServicePlanItemDocument,
    "\n    fragment TimelineEntry on ServiceEntry {\n      id\n      groupId\n      version\n      date\n      type\n      performedBy\n      performedByLabel\n      odometerKm\n      odometerReplaced\n      note\n      cost\n      declaredTrustLevel\n      effectiveTrustLevel\n      linkedDocumentIds\n      withdrawn\n      withdrawalReason\n      confirmedByWorkshop\n      imported\n      createdAt\n    }\n  ": types.TimelineEntryFragmentDoc,
    "\n    mutation AddServiceEntry($input: AddServiceEntryInput!) {\n      addServiceEntry(input: $input) {\n        ...TimelineEntry\n      }\n    }\n  ": types.AddServiceEntryDocument,
    "\n    mutation ReviseServiceEntry($entryId: ID!, $input: ReviseServiceEntryInput!) {\n      reviseServiceEntry(entryId: $entryId, input: $input) {\n        ...TimelineEntry\n      }\n    }\n  ": types.ReviseServiceEntryDocument,
    "\n    mutation WithdrawServiceEntry($entryId: ID!, $reason: String!) {\n      withdrawServiceEntry(entryId: $entryId, reason: $reason) {\n        ...TimelineEntry\n      }\n    }\n  ": types.WithdrawServiceEntryDocument,
    "\n    query EntryHistory($entryId: ID!, $after: String) {\n      serviceEntryHistory(entryId: $entryId, first: 100, after: $after) {\n        edges {\n          node {\n            ...TimelineEntry\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": types.EntryHistoryDocument,
    "\n    query VehicleTransfer($vehicleId: ID!) {\n      myTransfers(vehicleId: $vehicleId, first: 1) {\n        edges {\n          node {\n            id\n            vehicleId\n            state\n            expiresAt\n            extended\n            initiatedByMe\n          }\n        }\n      }\n    }\n  ": types.VehicleTransferDocument,
    "\n    mutation CreateTransfer($vehicleId: ID!) {\n      createTransfer(vehicleId: $vehicleId) {\n        token\n        redeemUrl\n        qrCodePngDataUrl\n        qrCodeSvg\n        transfer {\n          id\n          state\n          expiresAt\n        }\n      }\n    }\n  ": types.CreateTransferDocument,
    "\n    mutation CancelTransfer($id: ID!) {\n      cancelTransfer(id: $id) {\n        id\n        state\n      }\n    }\n  ": types.CancelTransferDocument,
    "\n    mutation ExtendTransfer($id: ID!) {\n      extendTransfer(id: $id) {\n        id\n        expiresAt\n        extended\n      }\n    }\n  ": types.ExtendTransferDocument,
    "\n    query VehicleExport($vehicleId: ID!) {\n      vehicleExport(vehicleId: $vehicleId)\n    }\n  ": types.VehicleExportDocument,
    "\n    query TrustFolders($vehicleId: ID!) {\n      trustFolders(vehicleId: $vehicleId, first: 20) {\n        edges {\n          node {\n            id\n            key\n            title\n            stages {\n              id\n              name\n              date\n              performedByLabel\n              cost\n              documentIds\n            }\n          }\n        }\n      }\n    }\n  ": types.TrustFoldersDocument,
    "\n    query VehicleAddons($vehicleId: ID!) {\n      vehicleAddons(vehicleId: $vehicleId) {\n        vehicleId\n        key\n        enabled\n        blockedBy\n      }\n    }\n  ": types.VehicleAddonsDocument,
    "\n    mutation EnableVehicleAddon($vehicleId: ID!, $key: AddonKey!) {\n      enableVehicleAddon(vehicleId: $vehicleId, key: $key) {\n        vehicleId\n        key\n        enabled\n        blockedBy\n      }\n    }\n  ": types.EnableVehicleAddonDocument,
    "\n    mutation DisableVehicleAddon($vehicleId: ID!, $key: AddonKey!) {\n      disableVehicleAddon(vehicleId: $vehicleId, key: $key) {\n        vehicleId\n        key\n        enabled\n        blockedBy\n      }\n    }\n  ": types.DisableVehicleAddonDocument,
    "\n    mutation CreateTrustFolder($vehicleId: ID!, $key: AddonKey!, $title: String!) {\n      createTrustFolder(vehicleId: $vehicleId, key: $key, title: $title) {\n        id\n        key\n        title\n      }\n    }\n  ": types.CreateTrustFolderDocument,
    "\n    mutation AddTrustFolderStage($folderId: ID!, $input: TrustFolderStageInput!) {\n      addTrustFolderStage(folderId: $folderId, input: $input) {\n        id\n      }\n    }\n  ": types.AddTrustFolderStageDocument,
    "\n    mutation RenameTrustFolder($id: ID!, $title: String!) {\n      renameTrustFolder(id: $id, title: $title) {\n        id\n        title\n      }\n    }\n  ": types.RenameTrustFolderDocument,
    "\n    mutation DeleteTrustFolder($id: ID!) {\n      deleteTrustFolder(id: $id) {\n        id\n      }\n    }\n  ": types.DeleteTrustFolderDocument,
    "\n    fragment TrustSummary on TrustSummary {\n      light\n      hint\n      verificationLevel\n      historyStatus\n      evidenceStatus\n      accidentStatusLabel\n      bestLevel\n      disclaimer\n      reasons {\n        code\n        hint\n        severity\n      }\n      todos {\n        code\n        hint\n        severity\n      }\n    }\n  ": types.TrustSummaryFragmentDoc,
    "\n    mutation UploadDocument($vehicleId: ID!, $file: Upload!, $entryIds: [ID!]) {\n      uploadDocument(vehicleId: $vehicleId, file: $file, entryIds: $entryIds) {\n        ...VehicleDocument\n      }\n    }\n  ": types.UploadDocumentDocument,
    "\n    mutation ReplaceRejectedDocument($id: ID!) {\n      removeRejectedDocument(id: $id) {\n        id\n      }\n    }\n  ": types.ReplaceRejectedDocumentDocument,
    "\n    fragment VehicleData on Vehicle {\n      id\n      make\n      model\n      nickname\n      buildYear\n      firstRegistration\n      vehicleClass\n      vinMasked\n      accidentStatus\n      accidentStatusLabel\n      accidentTrustCompleted\n      physicalServiceBook\n      interestedInSelling\n    }\n  ": types.VehicleDataFragmentDoc,
    "\n    mutation UpdateVehicle($id: ID!, $input: UpdateVehicleInput!) {\n      updateVehicle(id: $id, input: $input) {\n        ...VehicleData\n      }\n    }\n  ": types.UpdateVehicleDocument,
    "\n    query ProposedServiceEntries {\n      proposedServiceEntries {\n        id\n        status\n        vehicleId\n        date\n        type\n        km\n        note\n        itemTitles\n        workshopName\n        createdAt\n      }\n    }\n  ": types.ProposedServiceEntriesDocument,
    "\n    mutation AcceptProposedEntry($idempotencyKey: String!, $id: ID!) {\n      acceptProposedEntry(idempotencyKey: $idempotencyKey, id: $id) {\n        ...TimelineEntry\n      }\n    }\n  ": types.AcceptProposedEntryDocument,
    "\n    mutation DeclineProposedEntry($idempotencyKey: String!, $id: ID!) {\n      declineProposedEntry(idempotencyKey: $idempotencyKey, id: $id) {\n        id\n        status\n      }\n    }\n  ": types.DeclineProposedEntryDocument,
    "\n    mutation CreateVehicle($input: CreateVehicleInput!) {\n      createVehicle(input: $input) {\n        id\n      }\n    }\n  ": types.CreateVehicleDocument,
    "\n    query NewVehicleAllowance {\n      vehicleAllowance {\n        owned\n        limit\n        mayAddVehicle\n      }\n    }\n  ": types.NewVehicleAllowanceDocument,
    "\n    query WorkshopSessions($status: WorkshopSessionStatus, $first: Int!, $after: String) {\n      workshopSessions(status: $status, first: $first, after: $after) {\n        edges {\n          node {\n            id\n            status\n            openedAt\n            closedAt\n            access\n            vehicle {\n              make\n              model\n              year\n              trustLight\n            }\n            items {\n              id\n              status\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": types.WorkshopSessionsDocument,
    "\n    query WorkshopVehicles($first: Int!, $after: String) {\n      actableVehicles(first: $first, after: $after) {\n        edges {\n          relation\n          node {\n            id\n            make\n            model\n            nickname\n            buildYear\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  ": types.WorkshopVehiclesDocument,
    "\n    mutation OpenWorkshopSession($idempotencyKey: String!, $vehicleId: ID, $shareToken: String) {\n      openWorkshopSession(idempotencyKey: $idempotencyKey, vehicleId: $vehicleId, shareToken: $shareToken) {\n        id\n        status\n      }\n    }\n  ": types.OpenWorkshopSessionDocument,
    "\n    query WorkshopSession($id: ID!) {\n      workshopSession(id: $id) {\n        id\n        status\n        openedAt\n        closedAt\n        access\n        vehicle {\n          make\n          model\n          year\n          vehicleId\n          trustLight\n        }\n        notes {\n          id\n          text\n          createdAt\n        }\n        items {\n          ...WorkshopItemFields\n        }\n        latestSnapshot {\n          id\n          itemIds\n          createdAt\n        }\n        proposedEntry {\n          id\n          status\n          date\n          type\n          km\n          note\n          itemTitles\n        }\n      }\n    }\n  ": types.WorkshopSessionDocument,
    "\n    mutation PublishWorkshopBoard($idempotencyKey: String!, $sessionId: ID!, $itemIds: [ID!]!, $note: String) {\n      publishWorkshopBoard(idempotencyKey: $idempotencyKey, sessionId: $sessionId, itemIds: $itemIds, note: $note) {\n        id\n        itemIds\n        note\n        createdAt\n      }\n    }\n  ": types.PublishWorkshopBoardDocument,
    "\n    mutation CloseWorkshopSession($idempotencyKey: String!, $sessionId: ID!, $proposeEntry: ProposedEntryInput) {\n      closeWorkshopSession(idempotencyKey: $idempotencyKey, sessionId: $sessionId, proposeEntry: $proposeEntry) {\n        id\n        status\n        closedAt\n        proposedEntry {\n          id\n          status\n        }\n      }\n    }\n  ": types.CloseWorkshopSessionDocument,
    "\n    fragment WorkshopItemFields on WorkshopItem {\n      id\n      kind\n      title\n      details\n      severity\n      status\n      evidenceDocumentIds\n      createdAt\n      updatedAt\n    }\n  ": types.WorkshopItemFieldsFragmentDoc,
    "\n    mutation AddWorkshopItems($idempotencyKey: String!, $sessionId: ID!, $items: [WorkshopItemInput!]!) {\n      addWorkshopItems(idempotencyKey: $idempotencyKey, sessionId: $sessionId, items: $items) {\n        ...WorkshopItemFields\n      }\n    }\n  ": types.AddWorkshopItemsDocument,
    "\n    mutation UpdateWorkshopItem($idempotencyKey: String!, $itemId: ID!, $input: WorkshopItemUpdateInput!) {\n      updateWorkshopItem(idempotencyKey: $idempotencyKey, itemId: $itemId, input: $input) {\n        ...WorkshopItemFields\n      }\n    }\n  ": types.UpdateWorkshopItemDocument,
    "\n    mutation AddWorkshopNote($idempotencyKey: String!, $sessionId: ID!, $text: String!) {\n      addWorkshopNote(idempotencyKey: $idempotencyKey, sessionId: $sessionId, text: $text) {\n        id\n        text\n        createdAt\n      }\n    }\n  ": types.AddWorkshopNoteDocument,
    "\n    subscription WorkshopBoard($sessionId: ID!) {\n      workshopBoard(sessionId: $sessionId) {\n        session {\n          id\n          status\n          vehicle {\n            make\n            model\n            year\n          }\n        }\n        snapshot {\n          id\n          note\n          createdAt\n          items {\n            ...WorkshopItemFields\n          }\n        }\n        openItems {\n          ...WorkshopItemFields\n        }\n      }\n    }\n  ": types.WorkshopBoardDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentComplete {\n    consentStatus {\n      complete\n    }\n  }\n"): (typeof documents)["\n  query ConsentComplete {\n    consentStatus {\n      complete\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RequestStepUp($scope: StepUpScope!) {\n      requestStepUp(scope: $scope) {\n        challengeId\n      }\n    }\n  "): (typeof documents)["\n    mutation RequestStepUp($scope: StepUpScope!) {\n      requestStepUp(scope: $scope) {\n        challengeId\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConfirmStepUp($challengeId: ID!, $code: String!) {\n      confirmStepUp(challengeId: $challengeId, code: $code) {\n        stepUpToken\n      }\n    }\n  "): (typeof documents)["\n    mutation ConfirmStepUp($challengeId: ID!, $code: String!) {\n      confirmStepUp(challengeId: $challengeId, code: $code) {\n        stepUpToken\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      role\n      emailMasked\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      role\n      emailMasked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Site {\n    site {\n      operator {\n        demo\n        name\n        representative\n        street\n        postalCode\n        city\n        country\n        email\n        phone\n        register\n        vatId\n        contentResponsible\n      }\n      trustDisclaimer\n      trustGreenHint\n    }\n  }\n"): (typeof documents)["\n  query Site {\n    site {\n      operator {\n        demo\n        name\n        representative\n        street\n        postalCode\n        city\n        country\n        email\n        phone\n        register\n        vatId\n        contentResponsible\n      }\n      trustDisclaimer\n      trustGreenHint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation Logout {\n      logout\n    }\n  "): (typeof documents)["\n    mutation Logout {\n      logout\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Article($kind: ArticleKind!, $slug: String!) {\n      article(kind: $kind, slug: $slug) {\n        id\n        title\n        excerpt\n        bodyHtml\n        publishedAt\n      }\n    }\n  "): (typeof documents)["\n    query Article($kind: ArticleKind!, $slug: String!) {\n      article(kind: $kind, slug: $slug) {\n        id\n        title\n        excerpt\n        bodyHtml\n        publishedAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UnsubscribeReminders($token: String!) {\n      unsubscribeReminders(token: $token)\n    }\n  "): (typeof documents)["\n    mutation UnsubscribeReminders($token: String!) {\n      unsubscribeReminders(token: $token)\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query SearchUsers($search: String!, $first: Int, $after: String) {\n      users(search: $search, first: $first, after: $after) {\n        edges {\n          node {\n            id\n            emailMasked\n            role\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "): (typeof documents)["\n    query SearchUsers($search: String!, $first: Int, $after: String) {\n      users(search: $search, first: $first, after: $after) {\n        edges {\n          node {\n            id\n            emailMasked\n            role\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AddonConfigs {\n      addonConfigs {\n        key\n        configured\n        allowNew\n        requiresPayment\n        adminOnly\n      }\n    }\n  "): (typeof documents)["\n    query AddonConfigs {\n      addonConfigs {\n        key\n        configured\n        allowNew\n        requiresPayment\n        adminOnly\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SetAddonConfig($key: AddonKey!, $allowNew: Boolean, $requiresPayment: Boolean, $adminOnly: Boolean) {\n      setAddonConfig(key: $key, allowNew: $allowNew, requiresPayment: $requiresPayment, adminOnly: $adminOnly) {\n        key\n        configured\n        allowNew\n        requiresPayment\n        adminOnly\n      }\n    }\n  "): (typeof documents)["\n    mutation SetAddonConfig($key: AddonKey!, $allowNew: Boolean, $requiresPayment: Boolean, $adminOnly: Boolean) {\n      setAddonConfig(key: $key, allowNew: $allowNew, requiresPayment: $requiresPayment, adminOnly: $adminOnly) {\n        key\n        configured\n        allowNew\n        requiresPayment\n        adminOnly\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Entitlements($userId: ID!) {\n      entitlements(userId: $userId) {\n        key\n        userId\n        grantedAt\n      }\n    }\n  "): (typeof documents)["\n    query Entitlements($userId: ID!) {\n      entitlements(userId: $userId) {\n        key\n        userId\n        grantedAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation GrantEntitlement($userId: ID!, $key: EntitlementKey!) {\n      grantEntitlement(userId: $userId, key: $key) {\n        key\n        userId\n        grantedAt\n      }\n    }\n  "): (typeof documents)["\n    mutation GrantEntitlement($userId: ID!, $key: EntitlementKey!) {\n      grantEntitlement(userId: $userId, key: $key) {\n        key\n        userId\n        grantedAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RevokeEntitlement($userId: ID!, $key: EntitlementKey!) {\n      revokeEntitlement(userId: $userId, key: $key)\n    }\n  "): (typeof documents)["\n    mutation RevokeEntitlement($userId: ID!, $key: EntitlementKey!) {\n      revokeEntitlement(userId: $userId, key: $key)\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AuditLog($actions: [String!], $result: AuditResult, $first: Int, $after: String) {\n      auditLog(actions: $actions, result: $result, first: $first, after: $after) {\n        edges {\n          node {\n            id\n            at\n            action\n            actorType\n            actorRole\n            targetType\n            scope\n            result\n            reason\n            requestId\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "): (typeof documents)["\n    query AuditLog($actions: [String!], $result: AuditResult, $first: Int, $after: String) {\n      auditLog(actions: $actions, result: $result, first: $first, after: $after) {\n        edges {\n          node {\n            id\n            at\n            action\n            actorType\n            actorRole\n            targetType\n            scope\n            result\n            reason\n            requestId\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    fragment AdminVipBusiness on VipBusiness {\n      id\n      name\n      approved\n      owner {\n        id\n        emailMasked\n      }\n      staff {\n        id\n        emailMasked\n      }\n    }\n  "): (typeof documents)["\n    fragment AdminVipBusiness on VipBusiness {\n      id\n      name\n      approved\n      owner {\n        id\n        emailMasked\n      }\n      staff {\n        id\n        emailMasked\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query VipBusinesses($first: Int, $after: String) {\n      vipBusinesses(first: $first, after: $after) {\n        edges {\n          node {\n            ...AdminVipBusiness\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "): (typeof documents)["\n    query VipBusinesses($first: Int, $after: String) {\n      vipBusinesses(first: $first, after: $after) {\n        edges {\n          node {\n            ...AdminVipBusiness\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateVipBusiness($name: String!, $ownerId: ID!) {\n      createVipBusiness(name: $name, ownerId: $ownerId) {\n        ...AdminVipBusiness\n      }\n    }\n  "): (typeof documents)["\n    mutation CreateVipBusiness($name: String!, $ownerId: ID!) {\n      createVipBusiness(name: $name, ownerId: $ownerId) {\n        ...AdminVipBusiness\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ApproveVipBusiness($businessId: ID!, $stepUpToken: String) {\n      approveVipBusiness(businessId: $businessId, stepUpToken: $stepUpToken) {\n        ...AdminVipBusiness\n      }\n    }\n  "): (typeof documents)["\n    mutation ApproveVipBusiness($businessId: ID!, $stepUpToken: String) {\n      approveVipBusiness(businessId: $businessId, stepUpToken: $stepUpToken) {\n        ...AdminVipBusiness\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AddVipBusinessStaff($businessId: ID!, $userId: ID!, $stepUpToken: String) {\n      addVipBusinessStaff(businessId: $businessId, userId: $userId, stepUpToken: $stepUpToken) {\n        ...AdminVipBusiness\n      }\n    }\n  "): (typeof documents)["\n    mutation AddVipBusinessStaff($businessId: ID!, $userId: ID!, $stepUpToken: String) {\n      addVipBusinessStaff(businessId: $businessId, userId: $userId, stepUpToken: $stepUpToken) {\n        ...AdminVipBusiness\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RemoveVipBusinessStaff($businessId: ID!, $userId: ID!, $stepUpToken: String) {\n      removeVipBusinessStaff(businessId: $businessId, userId: $userId, stepUpToken: $stepUpToken) {\n        ...AdminVipBusiness\n      }\n    }\n  "): (typeof documents)["\n    mutation RemoveVipBusinessStaff($businessId: ID!, $userId: ID!, $stepUpToken: String) {\n      removeVipBusinessStaff(businessId: $businessId, userId: $userId, stepUpToken: $stepUpToken) {\n        ...AdminVipBusiness\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateFullExportGrant($targetType: ExportTargetType!, $targetId: ID!, $stepUpToken: String) {\n      createFullExportGrant(targetType: $targetType, targetId: $targetId, stepUpToken: $stepUpToken) {\n        grantId\n        token\n        targetType\n        targetId\n        expiresAt\n      }\n    }\n  "): (typeof documents)["\n    mutation CreateFullExportGrant($targetType: ExportTargetType!, $targetId: ID!, $stepUpToken: String) {\n      createFullExportGrant(targetType: $targetType, targetId: $targetId, stepUpToken: $stepUpToken) {\n        grantId\n        token\n        targetType\n        targetId\n        expiresAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation FullExport($targetType: ExportTargetType!, $targetId: ID!, $token: String) {\n      fullExport(targetType: $targetType, targetId: $targetId, token: $token) {\n        targetType\n        targetId\n        algorithm\n        payload\n      }\n    }\n  "): (typeof documents)["\n    mutation FullExport($targetType: ExportTargetType!, $targetId: ID!, $token: String) {\n      fullExport(targetType: $targetType, targetId: $targetId, token: $token) {\n        targetType\n        targetId\n        algorithm\n        payload\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    fragment ReviewDocument on Document {\n      id\n      filename\n      contentType\n      sizeBytes\n      approvalStatus\n      scanStatus\n      piiStatus\n      downloadUrl\n      createdAt\n    }\n  "): (typeof documents)["\n    fragment ReviewDocument on Document {\n      id\n      filename\n      contentType\n      sizeBytes\n      approvalStatus\n      scanStatus\n      piiStatus\n      downloadUrl\n      createdAt\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query QuarantineQueue($first: Int, $after: String) {\n      quarantineQueue(first: $first, after: $after) {\n        edges {\n          node {\n            ...ReviewDocument\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "): (typeof documents)["\n    query QuarantineQueue($first: Int, $after: String) {\n      quarantineQueue(first: $first, after: $after) {\n        edges {\n          node {\n            ...ReviewDocument\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ApproveDocument($id: ID!) {\n      approveDocument(id: $id) {\n        ...ReviewDocument\n      }\n    }\n  "): (typeof documents)["\n    mutation ApproveDocument($id: ID!) {\n      approveDocument(id: $id) {\n        ...ReviewDocument\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RejectDocument($id: ID!, $reason: String!) {\n      rejectDocument(id: $id, reason: $reason) {\n        ...ReviewDocument\n      }\n    }\n  "): (typeof documents)["\n    mutation RejectDocument($id: ID!, $reason: String!) {\n      rejectDocument(id: $id, reason: $reason) {\n        ...ReviewDocument\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SetDocumentScanResult($id: ID!, $scanStatus: DocumentScanStatus!) {\n      setDocumentScanResult(id: $id, scanStatus: $scanStatus) {\n        ...ReviewDocument\n      }\n    }\n  "): (typeof documents)["\n    mutation SetDocumentScanResult($id: ID!, $scanStatus: DocumentScanStatus!) {\n      setDocumentScanResult(id: $id, scanStatus: $scanStatus) {\n        ...ReviewDocument\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SetDocumentPiiStatus($id: ID!, $piiStatus: DocumentPiiStatus!) {\n      setDocumentPiiStatus(id: $id, piiStatus: $piiStatus) {\n        ...ReviewDocument\n      }\n    }\n  "): (typeof documents)["\n    mutation SetDocumentPiiStatus($id: ID!, $piiStatus: DocumentPiiStatus!) {\n      setDocumentPiiStatus(id: $id, piiStatus: $piiStatus) {\n        ...ReviewDocument\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Users($role: Role, $search: String, $first: Int, $after: String) {\n      users(role: $role, search: $search, first: $first, after: $after) {\n        edges {\n          node {\n            id\n            emailMasked\n            role\n            createdAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "): (typeof documents)["\n    query Users($role: Role, $search: String, $first: Int, $after: String) {\n      users(role: $role, search: $search, first: $first, after: $after) {\n        edges {\n          node {\n            id\n            emailMasked\n            role\n            createdAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation GrantRole($userId: ID!, $role: Role!, $stepUpToken: String) {\n      grantRole(userId: $userId, role: $role, stepUpToken: $stepUpToken) {\n        id\n        role\n      }\n    }\n  "): (typeof documents)["\n    mutation GrantRole($userId: ID!, $role: Role!, $stepUpToken: String) {\n      grantRole(userId: $userId, role: $role, stepUpToken: $stepUpToken) {\n        id\n        role\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AccreditModerator($userId: ID!, $stepUpToken: String) {\n      accreditModerator(userId: $userId, stepUpToken: $stepUpToken) {\n        id\n        role\n      }\n    }\n  "): (typeof documents)["\n    mutation AccreditModerator($userId: ID!, $stepUpToken: String) {\n      accreditModerator(userId: $userId, stepUpToken: $stepUpToken) {\n        id\n        role\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Articles($kind: ArticleKind, $after: String) {\n      articles(kind: $kind, first: 20, after: $after) {\n        edges {\n          node {\n            id\n            kind\n            path\n            title\n            excerpt\n            publishedAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "): (typeof documents)["\n    query Articles($kind: ArticleKind, $after: String) {\n      articles(kind: $kind, first: 20, after: $after) {\n        edges {\n          node {\n            id\n            kind\n            path\n            title\n            excerpt\n            publishedAt\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    fragment CmsArticleFields on CmsArticle {\n      id\n      kind\n      slug\n      title\n      excerpt\n      body\n      state\n      reviewApproved\n      reviewNote\n      updatedAt\n      publishedAt\n    }\n  "): (typeof documents)["\n    fragment CmsArticleFields on CmsArticle {\n      id\n      kind\n      slug\n      title\n      excerpt\n      body\n      state\n      reviewApproved\n      reviewNote\n      updatedAt\n      publishedAt\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MyArticles($first: Int, $after: String) {\n      myArticles(first: $first, after: $after) {\n        edges {\n          node {\n            ...CmsArticleFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "): (typeof documents)["\n    query MyArticles($first: Int, $after: String) {\n      myArticles(first: $first, after: $after) {\n        edges {\n          node {\n            ...CmsArticleFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CmsArticles($first: Int, $after: String) {\n      cmsArticles(first: $first, after: $after) {\n        edges {\n          node {\n            ...CmsArticleFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "): (typeof documents)["\n    query CmsArticles($first: Int, $after: String) {\n      cmsArticles(first: $first, after: $after) {\n        edges {\n          node {\n            ...CmsArticleFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateArticle($input: ArticleInput!) {\n      createArticle(input: $input) {\n        ...CmsArticleFields\n      }\n    }\n  "): (typeof documents)["\n    mutation CreateArticle($input: ArticleInput!) {\n      createArticle(input: $input) {\n        ...CmsArticleFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateArticle($id: ID!, $input: ArticlePatchInput!) {\n      updateArticle(id: $id, input: $input) {\n        ...CmsArticleFields\n      }\n    }\n  "): (typeof documents)["\n    mutation UpdateArticle($id: ID!, $input: ArticlePatchInput!) {\n      updateArticle(id: $id, input: $input) {\n        ...CmsArticleFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SubmitArticleForReview($id: ID!) {\n      submitArticleForReview(id: $id) {\n        ...CmsArticleFields\n      }\n    }\n  "): (typeof documents)["\n    mutation SubmitArticleForReview($id: ID!) {\n      submitArticleForReview(id: $id) {\n        ...CmsArticleFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ReviewArticle($id: ID!, $approve: Boolean!, $note: String) {\n      reviewArticle(id: $id, approve: $approve, note: $note) {\n        ...CmsArticleFields\n      }\n    }\n  "): (typeof documents)["\n    mutation ReviewArticle($id: ID!, $approve: Boolean!, $note: String) {\n      reviewArticle(id: $id, approve: $approve, note: $note) {\n        ...CmsArticleFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PublishArticle($id: ID!) {\n      publishArticle(id: $id) {\n        ...CmsArticleFields\n      }\n    }\n  "): (typeof documents)["\n    mutation PublishArticle($id: ID!) {\n      publishArticle(id: $id) {\n        ...CmsArticleFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ConsentStatus {\n      consentStatus {\n        complete\n        documents {\n          document\n          currentVersion\n          acceptedVersion\n          required\n        }\n      }\n    }\n  "): (typeof documents)["\n    query ConsentStatus {\n      consentStatus {\n        complete\n        documents {\n          document\n          currentVersion\n          acceptedVersion\n          required\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AcceptConsents($termsVersion: String!, $privacyVersion: String!) {\n      acceptConsents(termsVersion: $termsVersion, privacyVersion: $privacyVersion, source: ui) {\n        complete\n      }\n    }\n  "): (typeof documents)["\n    mutation AcceptConsents($termsVersion: String!, $privacyVersion: String!) {\n      acceptConsents(termsVersion: $termsVersion, privacyVersion: $privacyVersion, source: ui) {\n        complete\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query AccountExport {\n      accountExport\n    }\n  "): (typeof documents)["\n    query AccountExport {\n      accountExport\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ReminderSettings {\n      reminderSettings {\n        remindersEnabled\n        calendarFeed {\n          createdAt\n        }\n      }\n    }\n  "): (typeof documents)["\n    query ReminderSettings {\n      reminderSettings {\n        remindersEnabled\n        calendarFeed {\n          createdAt\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SetRemindersEnabled($enabled: Boolean!) {\n      setRemindersEnabled(enabled: $enabled) {\n        remindersEnabled\n      }\n    }\n  "): (typeof documents)["\n    mutation SetRemindersEnabled($enabled: Boolean!) {\n      setRemindersEnabled(enabled: $enabled) {\n        remindersEnabled\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateCalendarFeed {\n      createCalendarFeed {\n        url\n        createdAt\n      }\n    }\n  "): (typeof documents)["\n    mutation CreateCalendarFeed {\n      createCalendarFeed {\n        url\n        createdAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RevokeCalendarFeed {\n      revokeCalendarFeed {\n        remindersEnabled\n        calendarFeed {\n          createdAt\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation RevokeCalendarFeed {\n      revokeCalendarFeed {\n        remindersEnabled\n        calendarFeed {\n          createdAt\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DueItems($states: [DueState!]) {\n      dueItems(states: $states) {\n        vehicle {\n          id\n          make\n          model\n          nickname\n        }\n        item {\n          id\n          title\n          due {\n            state\n            dueDate\n            dueKm\n            estimatedKm\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query DueItems($states: [DueState!]) {\n      dueItems(states: $states) {\n        vehicle {\n          id\n          make\n          model\n          nickname\n        }\n        item {\n          id\n          title\n          due {\n            state\n            dueDate\n            dueKm\n            estimatedKm\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RequestLoginCode($email: String!) {\n      requestLoginCode(email: $email) {\n        challengeId\n        message\n      }\n    }\n  "): (typeof documents)["\n    mutation RequestLoginCode($email: String!) {\n      requestLoginCode(email: $email) {\n        challengeId\n        message\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation VerifyLoginCode($challengeId: ID!, $code: String!) {\n      verifyLoginCode(challengeId: $challengeId, code: $code) {\n        expiresAt\n        user {\n          id\n          role\n          emailMasked\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation VerifyLoginCode($challengeId: ID!, $code: String!) {\n      verifyLoginCode(challengeId: $challengeId, code: $code) {\n        expiresAt\n        user {\n          id\n          role\n          emailMasked\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PublicVehicle($token: String!) {\n      publicVehicle(token: $token) {\n        light\n        hint\n        historyStatus\n        evidenceStatus\n        verificationLevel\n        accidentStatus\n        accidentStatusLabel\n        vehicleClass\n        make\n        model\n        buildYear\n        disclaimer\n      }\n    }\n  "): (typeof documents)["\n    query PublicVehicle($token: String!) {\n      publicVehicle(token: $token) {\n        light\n        hint\n        historyStatus\n        evidenceStatus\n        verificationLevel\n        accidentStatus\n        accidentStatusLabel\n        vehicleClass\n        make\n        model\n        buildYear\n        disclaimer\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CheckPublicVehicleVin($token: String!, $vin: String!) {\n      checkPublicVehicleVin(token: $token, vin: $vin) {\n        matches\n        message\n      }\n    }\n  "): (typeof documents)["\n    mutation CheckPublicVehicleVin($token: String!, $vin: String!) {\n      checkPublicVehicleVin(token: $token, vin: $vin) {\n        matches\n        message\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    fragment ApiTokenRow on ApiToken {\n      id\n      name\n      scope\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  "): (typeof documents)["\n    fragment ApiTokenRow on ApiToken {\n      id\n      name\n      scope\n      createdAt\n      expiresAt\n      lastUsedAt\n      revokedAt\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MyApiTokens($first: Int!, $after: String) {\n      myApiTokens(first: $first, after: $after) {\n        edges {\n          node {\n            ...ApiTokenRow\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "): (typeof documents)["\n    query MyApiTokens($first: Int!, $after: String) {\n      myApiTokens(first: $first, after: $after) {\n        edges {\n          node {\n            ...ApiTokenRow\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateApiToken($name: String!, $scope: ApiTokenScope!, $expiresInDays: Int) {\n      createApiToken(name: $name, scope: $scope, expiresInDays: $expiresInDays) {\n        token\n        apiToken {\n          ...ApiTokenRow\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CreateApiToken($name: String!, $scope: ApiTokenScope!, $expiresInDays: Int) {\n      createApiToken(name: $name, scope: $scope, expiresInDays: $expiresInDays) {\n        token\n        apiToken {\n          ...ApiTokenRow\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RevokeApiToken($id: ID!) {\n      revokeApiToken(id: $id) {\n        ...ApiTokenRow\n      }\n    }\n  "): (typeof documents)["\n    mutation RevokeApiToken($id: ID!) {\n      revokeApiToken(id: $id) {\n        ...ApiTokenRow\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RedeemTransfer($token: String!) {\n      redeemTransfer(token: $token) {\n        id\n        vehicleId\n        state\n      }\n    }\n  "): (typeof documents)["\n    mutation RedeemTransfer($token: String!) {\n      redeemTransfer(token: $token) {\n        id\n        vehicleId\n        state\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query RedeemAllowance {\n      vehicleAllowance {\n        owned\n        limit\n        mayAddVehicle\n      }\n    }\n  "): (typeof documents)["\n    query RedeemAllowance {\n      vehicleAllowance {\n        owned\n        limit\n        mayAddVehicle\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PublicCertificate($id: String!) {\n      publicCertificate(id: $id) {\n        state\n        chainFingerprint\n        make\n        model\n        issuedAt\n      }\n    }\n  "): (typeof documents)["\n    query PublicCertificate($id: String!) {\n      publicCertificate(id: $id) {\n        state\n        chainFingerprint\n        make\n        model\n        issuedAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query MyVehicles($first: Int!, $after: String) {\n      myVehicles(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            make\n            model\n            nickname\n            buildYear\n            vinMasked\n            trustSummary {\n              light\n              hint\n              disclaimer\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "): (typeof documents)["\n    query MyVehicles($first: Int!, $after: String) {\n      myVehicles(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            make\n            model\n            nickname\n            buildYear\n            vinMasked\n            trustSummary {\n              light\n              hint\n              disclaimer\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query VehicleAllowance {\n      vehicleAllowance {\n        owned\n        limit\n        mayAddVehicle\n      }\n    }\n  "): (typeof documents)["\n    query VehicleAllowance {\n      vehicleAllowance {\n        owned\n        limit\n        mayAddVehicle\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query VehicleDetail($id: ID!, $entries: Int!, $documents: Int!) {\n      documentUploadMaxBytes\n      vehicle(id: $id) {\n        ...VehicleData\n        ...PublicShare\n        trustSummary {\n          ...TrustSummary\n        }\n        documents(first: $documents) {\n          edges {\n            node {\n              ...VehicleDocument\n            }\n          }\n          pageInfo {\n            hasNextPage\n          }\n        }\n        entries(first: $entries) {\n          edges {\n            node {\n              ...TimelineEntry\n            }\n          }\n          pageInfo {\n            hasNextPage\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query VehicleDetail($id: ID!, $entries: Int!, $documents: Int!) {\n      documentUploadMaxBytes\n      vehicle(id: $id) {\n        ...VehicleData\n        ...PublicShare\n        trustSummary {\n          ...TrustSummary\n        }\n        documents(first: $documents) {\n          edges {\n            node {\n              ...VehicleDocument\n            }\n          }\n          pageInfo {\n            hasNextPage\n          }\n        }\n        entries(first: $entries) {\n          edges {\n            node {\n              ...TimelineEntry\n            }\n          }\n          pageInfo {\n            hasNextPage\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query VehicleCertificates($vehicleId: ID!) {\n      vehicle(id: $vehicleId) {\n        id\n        certificates {\n          id\n          state\n          issuedAt\n          validUntil\n          revokedAt\n          chainFingerprint\n          entryCount\n          checkUrl\n        }\n      }\n    }\n  "): (typeof documents)["\n    query VehicleCertificates($vehicleId: ID!) {\n      vehicle(id: $vehicleId) {\n        id\n        certificates {\n          id\n          state\n          issuedAt\n          validUntil\n          revokedAt\n          chainFingerprint\n          entryCount\n          checkUrl\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CertificatePdf($vehicleId: ID!, $id: String!) {\n      vehicle(id: $vehicleId) {\n        id\n        certificate(id: $id) {\n          id\n          pdfBase64\n        }\n      }\n    }\n  "): (typeof documents)["\n    query CertificatePdf($vehicleId: ID!, $id: String!) {\n      vehicle(id: $vehicleId) {\n        id\n        certificate(id: $id) {\n          id\n          pdfBase64\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation GenerateCertificate($vehicleId: ID!) {\n      generateCertificate(vehicleId: $vehicleId) {\n        id\n        state\n      }\n    }\n  "): (typeof documents)["\n    mutation GenerateCertificate($vehicleId: ID!) {\n      generateCertificate(vehicleId: $vehicleId) {\n        id\n        state\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RevokeCertificate($id: String!) {\n      revokeCertificate(id: $id) {\n        id\n        state\n        revokedAt\n      }\n    }\n  "): (typeof documents)["\n    mutation RevokeCertificate($id: String!) {\n      revokeCertificate(id: $id) {\n        id\n        state\n        revokedAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query VehicleStatistics($id: ID!) {\n      vehicle(id: $id) {\n        id\n        nextDue {\n          id\n          title\n          due {\n            state\n            dueDate\n            dueKm\n          }\n        }\n        statistics {\n          entryCount\n          totalCost\n          costThisYear\n          totalKm\n          costPer100Km\n          serviceCount\n          averageServiceIntervalDays\n          averageServiceIntervalKm\n          lastServiceDate\n          lastServiceKm\n          years {\n            year\n            cost\n            km\n          }\n          byType {\n            type\n            cost\n            entryCount\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query VehicleStatistics($id: ID!) {\n      vehicle(id: $id) {\n        id\n        nextDue {\n          id\n          title\n          due {\n            state\n            dueDate\n            dueKm\n          }\n        }\n        statistics {\n          entryCount\n          totalCost\n          costThisYear\n          totalKm\n          costPer100Km\n          serviceCount\n          averageServiceIntervalDays\n          averageServiceIntervalKm\n          lastServiceDate\n          lastServiceKm\n          years {\n            year\n            cost\n            km\n          }\n          byType {\n            type\n            cost\n            entryCount\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    fragment VehicleDocument on Document {\n      id\n      filename\n      contentType\n      sizeBytes\n      approvalStatus\n      scanStatus\n      piiStatus\n      rejectionReason\n      validEvidence\n      downloadUrl\n      createdAt\n    }\n  "): (typeof documents)["\n    fragment VehicleDocument on Document {\n      id\n      filename\n      contentType\n      sizeBytes\n      approvalStatus\n      scanStatus\n      piiStatus\n      rejectionReason\n      validEvidence\n      downloadUrl\n      createdAt\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RemoveRejectedDocument($id: ID!) {\n      removeRejectedDocument(id: $id) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation RemoveRejectedDocument($id: ID!) {\n      removeRejectedDocument(id: $id) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query EntriesCsv($vehicleId: ID!, $separator: CsvSeparator!) {\n      vehicle(id: $vehicleId) {\n        id\n        entriesCsv(separator: $separator)\n      }\n    }\n  "): (typeof documents)["\n    query EntriesCsv($vehicleId: ID!, $separator: CsvSeparator!) {\n      vehicle(id: $vehicleId) {\n        id\n        entriesCsv(separator: $separator)\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    fragment CsvImportReport on CsvImportReport {\n      format\n      importedCount\n      rows {\n        line\n        status\n        reason\n        date\n        type\n        odometerKm\n        cost\n        note\n      }\n    }\n  "): (typeof documents)["\n    fragment CsvImportReport on CsvImportReport {\n      format\n      importedCount\n      rows {\n        line\n        status\n        reason\n        date\n        type\n        odometerKm\n        cost\n        note\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ImportEntriesCsv($vehicleId: ID!, $csv: String!, $dryRun: Boolean!, $skipInvalidRows: Boolean!, $lubeLoggerType: ServiceEntryType!) {\n      importEntriesCsv(vehicleId: $vehicleId, csv: $csv, dryRun: $dryRun, skipInvalidRows: $skipInvalidRows, lubeLoggerType: $lubeLoggerType) {\n        ...CsvImportReport\n      }\n    }\n  "): (typeof documents)["\n    mutation ImportEntriesCsv($vehicleId: ID!, $csv: String!, $dryRun: Boolean!, $skipInvalidRows: Boolean!, $lubeLoggerType: ServiceEntryType!) {\n      importEntriesCsv(vehicleId: $vehicleId, csv: $csv, dryRun: $dryRun, skipInvalidRows: $skipInvalidRows, lubeLoggerType: $lubeLoggerType) {\n        ...CsvImportReport\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query VehicleInspections($vehicleId: ID!) {\n      vehicle(id: $vehicleId) {\n        id\n        defectCases {\n          id\n          status\n          statusLabel\n          summary\n          openedAt\n          closedAt\n          inspection {\n            id\n            title\n            occurredAt\n          }\n          remediations {\n            id\n            result\n            title\n            summary\n            occurredAt\n            odometerKm\n          }\n        }\n        inspections(first: 20) {\n          edges {\n            node {\n              id\n              source\n              result\n              title\n              summary\n              occurredAt\n              odometerKm\n              linkedDocumentIds\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query VehicleInspections($vehicleId: ID!) {\n      vehicle(id: $vehicleId) {\n        id\n        defectCases {\n          id\n          status\n          statusLabel\n          summary\n          openedAt\n          closedAt\n          inspection {\n            id\n            title\n            occurredAt\n          }\n          remediations {\n            id\n            result\n            title\n            summary\n            occurredAt\n            odometerKm\n          }\n        }\n        inspections(first: 20) {\n          edges {\n            node {\n              id\n              source\n              result\n              title\n              summary\n              occurredAt\n              odometerKm\n              linkedDocumentIds\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RecordInspection($input: RecordInspectionInput!) {\n      recordInspection(input: $input) {\n        id\n        result\n        defectCase {\n          id\n          status\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation RecordInspection($input: RecordInspectionInput!) {\n      recordInspection(input: $input) {\n        id\n        result\n        defectCase {\n          id\n          status\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RecordRemediation($caseId: ID!, $input: RecordRemediationInput!) {\n      recordRemediation(caseId: $caseId, input: $input) {\n        id\n        status\n        statusLabel\n        remediations {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation RecordRemediation($caseId: ID!, $input: RecordRemediationInput!) {\n      recordRemediation(caseId: $caseId, input: $input) {\n        id\n        status\n        statusLabel\n        remediations {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    fragment PublicShare on Vehicle {\n      id\n      publicShareEnabled\n      publicShare {\n        url\n        qrPngDataUrl\n        qrSvg\n      }\n    }\n  "): (typeof documents)["\n    fragment PublicShare on Vehicle {\n      id\n      publicShareEnabled\n      publicShare {\n        url\n        qrPngDataUrl\n        qrSvg\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation EnablePublicShare($vehicleId: ID!) {\n      enablePublicShare(vehicleId: $vehicleId) {\n        vehicle {\n          ...PublicShare\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation EnablePublicShare($vehicleId: ID!) {\n      enablePublicShare(vehicleId: $vehicleId) {\n        vehicle {\n          ...PublicShare\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RotatePublicShare($vehicleId: ID!) {\n      rotatePublicShare(vehicleId: $vehicleId) {\n        vehicle {\n          ...PublicShare\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation RotatePublicShare($vehicleId: ID!) {\n      rotatePublicShare(vehicleId: $vehicleId) {\n        vehicle {\n          ...PublicShare\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DisablePublicShare($vehicleId: ID!) {\n      disablePublicShare(vehicleId: $vehicleId)\n    }\n  "): (typeof documents)["\n    mutation DisablePublicShare($vehicleId: ID!) {\n      disablePublicShare(vehicleId: $vehicleId)\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    fragment ServicePlanItemFields on ServicePlanItem {\n      id\n      kind\n      title\n      intervalMonths\n      intervalKm\n      satisfiedBy\n      due {\n        state\n        dueDate\n        dueKm\n        lastDoneDate\n        lastDoneKm\n        estimatedKm\n      }\n    }\n  "): (typeof documents)["\n    fragment ServicePlanItemFields on ServicePlanItem {\n      id\n      kind\n      title\n      intervalMonths\n      intervalKm\n      satisfiedBy\n      due {\n        state\n        dueDate\n        dueKm\n        lastDoneDate\n        lastDoneKm\n        estimatedKm\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query VehicleServicePlan($vehicleId: ID!) {\n      servicePlanKinds {\n        kind\n        title\n        satisfiedBy\n      }\n      vehicle(id: $vehicleId) {\n        id\n        firstRegistration\n        servicePlan {\n          ...ServicePlanItemFields\n        }\n      }\n    }\n  "): (typeof documents)["\n    query VehicleServicePlan($vehicleId: ID!) {\n      servicePlanKinds {\n        kind\n        title\n        satisfiedBy\n      }\n      vehicle(id: $vehicleId) {\n        id\n        firstRegistration\n        servicePlan {\n          ...ServicePlanItemFields\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AddServicePlanItem($vehicleId: ID!, $input: ServicePlanItemInput!) {\n      addServicePlanItem(vehicleId: $vehicleId, input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation AddServicePlanItem($vehicleId: ID!, $input: ServicePlanItemInput!) {\n      addServicePlanItem(vehicleId: $vehicleId, input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateServicePlanItem($id: ID!, $input: ServicePlanItemInput!) {\n      updateServicePlanItem(id: $id, input: $input) {\n        ...ServicePlanItemFields\n      }\n    }\n  "): (typeof documents)["\n    mutation UpdateServicePlanItem($id: ID!, $input: ServicePlanItemInput!) {\n      updateServicePlanItem(id: $id, input: $input) {\n        ...ServicePlanItemFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RemoveServicePlanItem($id: ID!) {\n      removeServicePlanItem(id: $id)\n    }\n  "): (typeof documents)["\n    mutation RemoveServicePlanItem($id: ID!) {\n      removeServicePlanItem(id: $id)\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    fragment TimelineEntry on ServiceEntry {\n      id\n      groupId\n      version\n      date\n      type\n      performedBy\n      performedByLabel\n      odometerKm\n      odometerReplaced\n      note\n      cost\n      declaredTrustLevel\n      effectiveTrustLevel\n      linkedDocumentIds\n      withdrawn\n      withdrawalReason\n      confirmedByWorkshop\n      imported\n      createdAt\n    }\n  "): (typeof documents)["\n    fragment TimelineEntry on ServiceEntry {\n      id\n      groupId\n      version\n      date\n      type\n      performedBy\n      performedByLabel\n      odometerKm\n      odometerReplaced\n      note\n      cost\n      declaredTrustLevel\n      effectiveTrustLevel\n      linkedDocumentIds\n      withdrawn\n      withdrawalReason\n      confirmedByWorkshop\n      imported\n      createdAt\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AddServiceEntry($input: AddServiceEntryInput!) {\n      addServiceEntry(input: $input) {\n        ...TimelineEntry\n      }\n    }\n  "): (typeof documents)["\n    mutation AddServiceEntry($input: AddServiceEntryInput!) {\n      addServiceEntry(input: $input) {\n        ...TimelineEntry\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ReviseServiceEntry($entryId: ID!, $input: ReviseServiceEntryInput!) {\n      reviseServiceEntry(entryId: $entryId, input: $input) {\n        ...TimelineEntry\n      }\n    }\n  "): (typeof documents)["\n    mutation ReviseServiceEntry($entryId: ID!, $input: ReviseServiceEntryInput!) {\n      reviseServiceEntry(entryId: $entryId, input: $input) {\n        ...TimelineEntry\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation WithdrawServiceEntry($entryId: ID!, $reason: String!) {\n      withdrawServiceEntry(entryId: $entryId, reason: $reason) {\n        ...TimelineEntry\n      }\n    }\n  "): (typeof documents)["\n    mutation WithdrawServiceEntry($entryId: ID!, $reason: String!) {\n      withdrawServiceEntry(entryId: $entryId, reason: $reason) {\n        ...TimelineEntry\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query EntryHistory($entryId: ID!, $after: String) {\n      serviceEntryHistory(entryId: $entryId, first: 100, after: $after) {\n        edges {\n          node {\n            ...TimelineEntry\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "): (typeof documents)["\n    query EntryHistory($entryId: ID!, $after: String) {\n      serviceEntryHistory(entryId: $entryId, first: 100, after: $after) {\n        edges {\n          node {\n            ...TimelineEntry\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query VehicleTransfer($vehicleId: ID!) {\n      myTransfers(vehicleId: $vehicleId, first: 1) {\n        edges {\n          node {\n            id\n            vehicleId\n            state\n            expiresAt\n            extended\n            initiatedByMe\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query VehicleTransfer($vehicleId: ID!) {\n      myTransfers(vehicleId: $vehicleId, first: 1) {\n        edges {\n          node {\n            id\n            vehicleId\n            state\n            expiresAt\n            extended\n            initiatedByMe\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateTransfer($vehicleId: ID!) {\n      createTransfer(vehicleId: $vehicleId) {\n        token\n        redeemUrl\n        qrCodePngDataUrl\n        qrCodeSvg\n        transfer {\n          id\n          state\n          expiresAt\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CreateTransfer($vehicleId: ID!) {\n      createTransfer(vehicleId: $vehicleId) {\n        token\n        redeemUrl\n        qrCodePngDataUrl\n        qrCodeSvg\n        transfer {\n          id\n          state\n          expiresAt\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CancelTransfer($id: ID!) {\n      cancelTransfer(id: $id) {\n        id\n        state\n      }\n    }\n  "): (typeof documents)["\n    mutation CancelTransfer($id: ID!) {\n      cancelTransfer(id: $id) {\n        id\n        state\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ExtendTransfer($id: ID!) {\n      extendTransfer(id: $id) {\n        id\n        expiresAt\n        extended\n      }\n    }\n  "): (typeof documents)["\n    mutation ExtendTransfer($id: ID!) {\n      extendTransfer(id: $id) {\n        id\n        expiresAt\n        extended\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query VehicleExport($vehicleId: ID!) {\n      vehicleExport(vehicleId: $vehicleId)\n    }\n  "): (typeof documents)["\n    query VehicleExport($vehicleId: ID!) {\n      vehicleExport(vehicleId: $vehicleId)\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TrustFolders($vehicleId: ID!) {\n      trustFolders(vehicleId: $vehicleId, first: 20) {\n        edges {\n          node {\n            id\n            key\n            title\n            stages {\n              id\n              name\n              date\n              performedByLabel\n              cost\n              documentIds\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query TrustFolders($vehicleId: ID!) {\n      trustFolders(vehicleId: $vehicleId, first: 20) {\n        edges {\n          node {\n            id\n            key\n            title\n            stages {\n              id\n              name\n              date\n              performedByLabel\n              cost\n              documentIds\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query VehicleAddons($vehicleId: ID!) {\n      vehicleAddons(vehicleId: $vehicleId) {\n        vehicleId\n        key\n        enabled\n        blockedBy\n      }\n    }\n  "): (typeof documents)["\n    query VehicleAddons($vehicleId: ID!) {\n      vehicleAddons(vehicleId: $vehicleId) {\n        vehicleId\n        key\n        enabled\n        blockedBy\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation EnableVehicleAddon($vehicleId: ID!, $key: AddonKey!) {\n      enableVehicleAddon(vehicleId: $vehicleId, key: $key) {\n        vehicleId\n        key\n        enabled\n        blockedBy\n      }\n    }\n  "): (typeof documents)["\n    mutation EnableVehicleAddon($vehicleId: ID!, $key: AddonKey!) {\n      enableVehicleAddon(vehicleId: $vehicleId, key: $key) {\n        vehicleId\n        key\n        enabled\n        blockedBy\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DisableVehicleAddon($vehicleId: ID!, $key: AddonKey!) {\n      disableVehicleAddon(vehicleId: $vehicleId, key: $key) {\n        vehicleId\n        key\n        enabled\n        blockedBy\n      }\n    }\n  "): (typeof documents)["\n    mutation DisableVehicleAddon($vehicleId: ID!, $key: AddonKey!) {\n      disableVehicleAddon(vehicleId: $vehicleId, key: $key) {\n        vehicleId\n        key\n        enabled\n        blockedBy\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateTrustFolder($vehicleId: ID!, $key: AddonKey!, $title: String!) {\n      createTrustFolder(vehicleId: $vehicleId, key: $key, title: $title) {\n        id\n        key\n        title\n      }\n    }\n  "): (typeof documents)["\n    mutation CreateTrustFolder($vehicleId: ID!, $key: AddonKey!, $title: String!) {\n      createTrustFolder(vehicleId: $vehicleId, key: $key, title: $title) {\n        id\n        key\n        title\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AddTrustFolderStage($folderId: ID!, $input: TrustFolderStageInput!) {\n      addTrustFolderStage(folderId: $folderId, input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation AddTrustFolderStage($folderId: ID!, $input: TrustFolderStageInput!) {\n      addTrustFolderStage(folderId: $folderId, input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RenameTrustFolder($id: ID!, $title: String!) {\n      renameTrustFolder(id: $id, title: $title) {\n        id\n        title\n      }\n    }\n  "): (typeof documents)["\n    mutation RenameTrustFolder($id: ID!, $title: String!) {\n      renameTrustFolder(id: $id, title: $title) {\n        id\n        title\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DeleteTrustFolder($id: ID!) {\n      deleteTrustFolder(id: $id) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation DeleteTrustFolder($id: ID!) {\n      deleteTrustFolder(id: $id) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    fragment TrustSummary on TrustSummary {\n      light\n      hint\n      verificationLevel\n      historyStatus\n      evidenceStatus\n      accidentStatusLabel\n      bestLevel\n      disclaimer\n      reasons {\n        code\n        hint\n        severity\n      }\n      todos {\n        code\n        hint\n        severity\n      }\n    }\n  "): (typeof documents)["\n    fragment TrustSummary on TrustSummary {\n      light\n      hint\n      verificationLevel\n      historyStatus\n      evidenceStatus\n      accidentStatusLabel\n      bestLevel\n      disclaimer\n      reasons {\n        code\n        hint\n        severity\n      }\n      todos {\n        code\n        hint\n        severity\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UploadDocument($vehicleId: ID!, $file: Upload!, $entryIds: [ID!]) {\n      uploadDocument(vehicleId: $vehicleId, file: $file, entryIds: $entryIds) {\n        ...VehicleDocument\n      }\n    }\n  "): (typeof documents)["\n    mutation UploadDocument($vehicleId: ID!, $file: Upload!, $entryIds: [ID!]) {\n      uploadDocument(vehicleId: $vehicleId, file: $file, entryIds: $entryIds) {\n        ...VehicleDocument\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ReplaceRejectedDocument($id: ID!) {\n      removeRejectedDocument(id: $id) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation ReplaceRejectedDocument($id: ID!) {\n      removeRejectedDocument(id: $id) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    fragment VehicleData on Vehicle {\n      id\n      make\n      model\n      nickname\n      buildYear\n      firstRegistration\n      vehicleClass\n      vinMasked\n      accidentStatus\n      accidentStatusLabel\n      accidentTrustCompleted\n      physicalServiceBook\n      interestedInSelling\n    }\n  "): (typeof documents)["\n    fragment VehicleData on Vehicle {\n      id\n      make\n      model\n      nickname\n      buildYear\n      firstRegistration\n      vehicleClass\n      vinMasked\n      accidentStatus\n      accidentStatusLabel\n      accidentTrustCompleted\n      physicalServiceBook\n      interestedInSelling\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateVehicle($id: ID!, $input: UpdateVehicleInput!) {\n      updateVehicle(id: $id, input: $input) {\n        ...VehicleData\n      }\n    }\n  "): (typeof documents)["\n    mutation UpdateVehicle($id: ID!, $input: UpdateVehicleInput!) {\n      updateVehicle(id: $id, input: $input) {\n        ...VehicleData\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ProposedServiceEntries {\n      proposedServiceEntries {\n        id\n        status\n        vehicleId\n        date\n        type\n        km\n        note\n        itemTitles\n        workshopName\n        createdAt\n      }\n    }\n  "): (typeof documents)["\n    query ProposedServiceEntries {\n      proposedServiceEntries {\n        id\n        status\n        vehicleId\n        date\n        type\n        km\n        note\n        itemTitles\n        workshopName\n        createdAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AcceptProposedEntry($idempotencyKey: String!, $id: ID!) {\n      acceptProposedEntry(idempotencyKey: $idempotencyKey, id: $id) {\n        ...TimelineEntry\n      }\n    }\n  "): (typeof documents)["\n    mutation AcceptProposedEntry($idempotencyKey: String!, $id: ID!) {\n      acceptProposedEntry(idempotencyKey: $idempotencyKey, id: $id) {\n        ...TimelineEntry\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DeclineProposedEntry($idempotencyKey: String!, $id: ID!) {\n      declineProposedEntry(idempotencyKey: $idempotencyKey, id: $id) {\n        id\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation DeclineProposedEntry($idempotencyKey: String!, $id: ID!) {\n      declineProposedEntry(idempotencyKey: $idempotencyKey, id: $id) {\n        id\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateVehicle($input: CreateVehicleInput!) {\n      createVehicle(input: $input) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation CreateVehicle($input: CreateVehicleInput!) {\n      createVehicle(input: $input) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query NewVehicleAllowance {\n      vehicleAllowance {\n        owned\n        limit\n        mayAddVehicle\n      }\n    }\n  "): (typeof documents)["\n    query NewVehicleAllowance {\n      vehicleAllowance {\n        owned\n        limit\n        mayAddVehicle\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query WorkshopSessions($status: WorkshopSessionStatus, $first: Int!, $after: String) {\n      workshopSessions(status: $status, first: $first, after: $after) {\n        edges {\n          node {\n            id\n            status\n            openedAt\n            closedAt\n            access\n            vehicle {\n              make\n              model\n              year\n              trustLight\n            }\n            items {\n              id\n              status\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "): (typeof documents)["\n    query WorkshopSessions($status: WorkshopSessionStatus, $first: Int!, $after: String) {\n      workshopSessions(status: $status, first: $first, after: $after) {\n        edges {\n          node {\n            id\n            status\n            openedAt\n            closedAt\n            access\n            vehicle {\n              make\n              model\n              year\n              trustLight\n            }\n            items {\n              id\n              status\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query WorkshopVehicles($first: Int!, $after: String) {\n      actableVehicles(first: $first, after: $after) {\n        edges {\n          relation\n          node {\n            id\n            make\n            model\n            nickname\n            buildYear\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "): (typeof documents)["\n    query WorkshopVehicles($first: Int!, $after: String) {\n      actableVehicles(first: $first, after: $after) {\n        edges {\n          relation\n          node {\n            id\n            make\n            model\n            nickname\n            buildYear\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OpenWorkshopSession($idempotencyKey: String!, $vehicleId: ID, $shareToken: String) {\n      openWorkshopSession(idempotencyKey: $idempotencyKey, vehicleId: $vehicleId, shareToken: $shareToken) {\n        id\n        status\n      }\n    }\n  "): (typeof documents)["\n    mutation OpenWorkshopSession($idempotencyKey: String!, $vehicleId: ID, $shareToken: String) {\n      openWorkshopSession(idempotencyKey: $idempotencyKey, vehicleId: $vehicleId, shareToken: $shareToken) {\n        id\n        status\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query WorkshopSession($id: ID!) {\n      workshopSession(id: $id) {\n        id\n        status\n        openedAt\n        closedAt\n        access\n        vehicle {\n          make\n          model\n          year\n          vehicleId\n          trustLight\n        }\n        notes {\n          id\n          text\n          createdAt\n        }\n        items {\n          ...WorkshopItemFields\n        }\n        latestSnapshot {\n          id\n          itemIds\n          createdAt\n        }\n        proposedEntry {\n          id\n          status\n          date\n          type\n          km\n          note\n          itemTitles\n        }\n      }\n    }\n  "): (typeof documents)["\n    query WorkshopSession($id: ID!) {\n      workshopSession(id: $id) {\n        id\n        status\n        openedAt\n        closedAt\n        access\n        vehicle {\n          make\n          model\n          year\n          vehicleId\n          trustLight\n        }\n        notes {\n          id\n          text\n          createdAt\n        }\n        items {\n          ...WorkshopItemFields\n        }\n        latestSnapshot {\n          id\n          itemIds\n          createdAt\n        }\n        proposedEntry {\n          id\n          status\n          date\n          type\n          km\n          note\n          itemTitles\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PublishWorkshopBoard($idempotencyKey: String!, $sessionId: ID!, $itemIds: [ID!]!, $note: String) {\n      publishWorkshopBoard(idempotencyKey: $idempotencyKey, sessionId: $sessionId, itemIds: $itemIds, note: $note) {\n        id\n        itemIds\n        note\n        createdAt\n      }\n    }\n  "): (typeof documents)["\n    mutation PublishWorkshopBoard($idempotencyKey: String!, $sessionId: ID!, $itemIds: [ID!]!, $note: String) {\n      publishWorkshopBoard(idempotencyKey: $idempotencyKey, sessionId: $sessionId, itemIds: $itemIds, note: $note) {\n        id\n        itemIds\n        note\n        createdAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CloseWorkshopSession($idempotencyKey: String!, $sessionId: ID!, $proposeEntry: ProposedEntryInput) {\n      closeWorkshopSession(idempotencyKey: $idempotencyKey, sessionId: $sessionId, proposeEntry: $proposeEntry) {\n        id\n        status\n        closedAt\n        proposedEntry {\n          id\n          status\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CloseWorkshopSession($idempotencyKey: String!, $sessionId: ID!, $proposeEntry: ProposedEntryInput) {\n      closeWorkshopSession(idempotencyKey: $idempotencyKey, sessionId: $sessionId, proposeEntry: $proposeEntry) {\n        id\n        status\n        closedAt\n        proposedEntry {\n          id\n          status\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    fragment WorkshopItemFields on WorkshopItem {\n      id\n      kind\n      title\n      details\n      severity\n      status\n      evidenceDocumentIds\n      createdAt\n      updatedAt\n    }\n  "): (typeof documents)["\n    fragment WorkshopItemFields on WorkshopItem {\n      id\n      kind\n      title\n      details\n      severity\n      status\n      evidenceDocumentIds\n      createdAt\n      updatedAt\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AddWorkshopItems($idempotencyKey: String!, $sessionId: ID!, $items: [WorkshopItemInput!]!) {\n      addWorkshopItems(idempotencyKey: $idempotencyKey, sessionId: $sessionId, items: $items) {\n        ...WorkshopItemFields\n      }\n    }\n  "): (typeof documents)["\n    mutation AddWorkshopItems($idempotencyKey: String!, $sessionId: ID!, $items: [WorkshopItemInput!]!) {\n      addWorkshopItems(idempotencyKey: $idempotencyKey, sessionId: $sessionId, items: $items) {\n        ...WorkshopItemFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation UpdateWorkshopItem($idempotencyKey: String!, $itemId: ID!, $input: WorkshopItemUpdateInput!) {\n      updateWorkshopItem(idempotencyKey: $idempotencyKey, itemId: $itemId, input: $input) {\n        ...WorkshopItemFields\n      }\n    }\n  "): (typeof documents)["\n    mutation UpdateWorkshopItem($idempotencyKey: String!, $itemId: ID!, $input: WorkshopItemUpdateInput!) {\n      updateWorkshopItem(idempotencyKey: $idempotencyKey, itemId: $itemId, input: $input) {\n        ...WorkshopItemFields\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AddWorkshopNote($idempotencyKey: String!, $sessionId: ID!, $text: String!) {\n      addWorkshopNote(idempotencyKey: $idempotencyKey, sessionId: $sessionId, text: $text) {\n        id\n        text\n        createdAt\n      }\n    }\n  "): (typeof documents)["\n    mutation AddWorkshopNote($idempotencyKey: String!, $sessionId: ID!, $text: String!) {\n      addWorkshopNote(idempotencyKey: $idempotencyKey, sessionId: $sessionId, text: $text) {\n        id\n        text\n        createdAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription WorkshopBoard($sessionId: ID!) {\n      workshopBoard(sessionId: $sessionId) {\n        session {\n          id\n          status\n          vehicle {\n            make\n            model\n            year\n          }\n        }\n        snapshot {\n          id\n          note\n          createdAt\n          items {\n            ...WorkshopItemFields\n          }\n        }\n        openItems {\n          ...WorkshopItemFields\n        }\n      }\n    }\n  "): (typeof documents)["\n    subscription WorkshopBoard($sessionId: ID!) {\n      workshopBoard(sessionId: $sessionId) {\n        session {\n          id\n          status\n          vehicle {\n            make\n            model\n            year\n          }\n        }\n        snapshot {\n          id\n          note\n          createdAt\n          items {\n            ...WorkshopItemFields\n          }\n        }\n        openItems {\n          ...WorkshopItemFields\n        }\n      }\n    }\n  "];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;