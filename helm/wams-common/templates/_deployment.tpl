{{/*
Deployment of one Wams service: non-root, read-only root filesystem (an emptyDir on /tmp), no
privilege escalation, no capabilities, seccomp RuntimeDefault; probes on SmallRye Health; settings
from the ConfigMap and Secrets only.

Flyway migrates at start-up (quarkus.flyway.migrate-at-start). With several replicas, Flyway takes a
PostgreSQL advisory lock for the migration, so one pod migrates and the others wait for the lock and
then find the schema up to date. The startup probe allows for that wait; the rolling update starts one
new pod at a time (maxSurge 1, maxUnavailable 0), so old pods keep serving while it migrates — which is
why migrations must stay compatible with the previous release (docs/operations.md).
*/}}
{{- define "wams-common.deployment" -}}
{{- $s := include "wams-common.settings" . | fromYaml -}}
{{- $fullname := include "wams-common.fullname" . -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "wams-common.labels" . | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  revisionHistoryLimit: 3
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 0
  selector:
    matchLabels:
      {{- include "wams-common.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "wams-common.labels" . | nindent 8 }}
        {{- with .Values.podLabels }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      annotations:
        checksum/config: {{ include "wams-common.configmap" . | sha256sum }}
        checksum/secret: {{ include "wams-common.secret" . | sha256sum }}
        prometheus.io/scrape: "true"
        prometheus.io/port: {{ .Values.port | quote }}
        prometheus.io/path: /q/metrics
        {{- with .Values.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ include "wams-common.serviceAccountName" . }}
      automountServiceAccountToken: false
      enableServiceLinks: false
      terminationGracePeriodSeconds: {{ .Values.terminationGracePeriodSeconds }}
      {{- with .Values.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      securityContext:
        runAsNonRoot: true
        {{- with .Values.podSecurityContext.runAsUser }}
        runAsUser: {{ . }}
        {{- end }}
        {{- if hasKey .Values.podSecurityContext "runAsGroup" }}
        runAsGroup: {{ .Values.podSecurityContext.runAsGroup }}
        {{- end }}
        {{- if hasKey .Values.podSecurityContext "fsGroup" }}
        fsGroup: {{ .Values.podSecurityContext.fsGroup }}
        {{- end }}
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: {{ .Chart.Name }}
          image: {{ include "wams-common.image" . | quote }}
          imagePullPolicy: {{ $s.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ .Values.port }}
              protocol: TCP
          envFrom:
            - configMapRef:
                name: {{ $fullname }}
            {{- if include "wams-common.hasOwnSecret" . }}
            - secretRef:
                name: {{ $fullname }}
            {{- end }}
            {{- with .Values.existingSecret }}
            - secretRef:
                name: {{ . }}
            {{- end }}
          {{- if not $s.database.password }}
          env:
            - name: QUARKUS_DATASOURCE_USERNAME
              valueFrom:
                secretKeyRef:
                  name: {{ $s.database.existingSecret }}
                  key: {{ $s.database.usernameKey }}
            - name: QUARKUS_DATASOURCE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ $s.database.existingSecret }}
                  key: {{ $s.database.passwordKey }}
          {{- end }}
          startupProbe:
            httpGet:
              path: /q/health/started
              port: http
            {{- toYaml .Values.probes.startup | nindent 12 }}
          livenessProbe:
            httpGet:
              path: /q/health/live
              port: http
            {{- toYaml .Values.probes.liveness | nindent 12 }}
          readinessProbe:
            httpGet:
              path: /q/health/ready
              port: http
            {{- toYaml .Values.probes.readiness | nindent 12 }}
          lifecycle:
            preStop:
              exec:
                # Let Service endpoints and the gateway stop sending before the JVM shuts down.
                command: ["sleep", "5"]
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
          securityContext:
            allowPrivilegeEscalation: false
            privileged: false
            readOnlyRootFilesystem: true
            runAsNonRoot: true
            capabilities:
              drop:
                - ALL
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir:
            sizeLimit: {{ .Values.tmpSizeLimit }}
      {{- with .Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .Values.topologySpreadConstraints }}
      topologySpreadConstraints:
        {{- toYaml . | nindent 8 }}
      {{- end }}
{{- end -}}
