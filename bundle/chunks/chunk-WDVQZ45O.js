import{createRequire as __cr}from'node:module';import{fileURLToPath as __fu}from'node:url';import{dirname as __dn}from'node:path';const require=__cr(import.meta.url),__filename=__fu(import.meta.url),__dirname=__dn(__filename);
import{d as H,e as Hn,f as F,g as B,h as j,i as z,j as Qn,k as g,l as O,n as Ve,o as gt,r as Yn}from"./chunk-5NKD6LFM.js";import{a as ue}from"./chunk-VDFN6PXI.js";import{a as Wn,b as Kn}from"./chunk-ZFFIEFJN.js";import{b as at,c as st}from"./chunk-5BFUW73J.js";import{a as as,c as ss}from"./chunk-Y6ANOAYF.js";var tn={};ss(tn,{computeEnvironment:()=>Xn,jobDefinition:()=>Zn,jobQueue:()=>eo,schedulingPolicy:()=>to});var cs,yt=()=>cs??=as("./validators.cjs");function Zn(e){let t=yt().jobDefinition,n=t(e);return Zn.errors=t.errors,n}function Xn(e){let t=yt().computeEnvironment,n=t(e);return Xn.errors=t.errors,n}function eo(e){let t=yt().jobQueue,n=t(e);return eo.errors=t.errors,n}function to(e){let t=yt().schedulingPolicy,n=t(e);return to.errors=t.errors,n}import{readFileSync as us}from"node:fs";import{fileURLToPath as ms}from"node:url";var ps={jobDefinition:"job-definition",computeEnvironment:"compute-environment",jobQueue:"job-queue",schedulingPolicy:"scheduling-policy"},no=new Map;function ds(e){let t=no.get(e);if(!t){let n=new URL(`../../schemas/${ps[e]}.schema.json`,import.meta.url);t=JSON.parse(us(ms(n),"utf8")),no.set(e,t)}return t}function nn(e,t){let n=t;for(let o=0;n&&o<8;o++)if(typeof n.$ref=="string"){let r=n.$ref.replace("#/$defs/","");n=e.$defs[r]}else if(Array.isArray(n.allOf)&&!n.properties&&!n.items)n=n.allOf[0];else break;return n}function on(e,t){let n=ds(e),o=nn(n,n);for(let r of t){if(!o)return;if(typeof r=="number")o=nn(n,o.items);else{let i=o.properties;o=nn(n,i?.[r]??(typeof o.additionalProperties=="object"?o.additionalProperties:void 0))}}return o}function oo(e,t){let n=on(e,t);return n?.properties?Object.keys(n.properties):[]}var io=[/\$\{[^{}\n]{1,200}\}/g,/#\{[^{}\n]{1,200}\}/g,/\{\{[^\n]{1,200}?\}\}/g,/<(?![<=])[A-Za-z_][^<>\n]{0,80}>/g,/\$\([A-Za-z_][\w.]{0,80}\)/g,/\$(?:ENV:)?[A-Z][A-Z0-9_]{1,80}\b/g,/%[A-Z][A-Z0-9_]{1,80}%/g,/__[A-Z][A-Z0-9_]{0,80}__/g,/@[A-Z][A-Z0-9_]{1,80}@/g,/(?<![$#{])\{[A-Za-z_][\w.]{0,80}\}(?!\})/g],ao=/^(?:(?:YOUR|MY|THE)[_-])?(?:AWS[_-])?(?:ACCOUNT(?:[_-]?(?:ID|NUMBER|NO|NUM))?|REGION|PARTITION)$|^(?:YOUR[_-].+|.*(?:REPLACE|CHANGE[_-]?ME|PLACEHOLDER|TODO|FIXME|TBD|FILL[_-]?IN).*)$/,so=/^[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)*$/,co=/^(?:x{3,}|X{3,})$/;function ro(e,t){let n=[],o=t?/[:/.@\s-]/:/[:/.@\s]/,r=0;for(let i=0;i<=e.length;i++)(i===e.length||o.test(e[i]))&&(i>r&&n.push({start:r,end:i}),r=i+1);return n}function rn(e){let t=[];for(let o of io){o.lastIndex=0;for(let r=o.exec(e);r!==null;r=o.exec(e))t.push({start:r.index,end:r.index+r[0].length})}for(let o of ro(e,!1)){let r=e.slice(o.start,o.end);so.test(r)&&ao.test(r)&&t.push(o)}for(let o of ro(e,!0))co.test(e.slice(o.start,o.end))&&t.push(o);t.sort((o,r)=>o.start-r.start||r.end-o.end);let n=[];for(let o of t)(n.length===0||o.start>=n[n.length-1].end)&&n.push(o);return n}function uo(e){return rn(e).length>0}var ls=new RegExp(`^(?:${io.map(e=>e.source).join("|")})$`);function mo(e){let t=e.trim();if(t.length<3||t.length>300||!(ls.test(t)||co.test(t)||so.test(t)&&ao.test(t)))return!1;let o=rn(t);return o.length===1&&o[0].start===0&&o[0].end===t.length}function an(e){let t=rn(e);if(t.length===0)return;let n=[],o=0;for(let r of t)r.start>o&&n.push(e.slice(o,r.start)),n.push(null),o=r.end;return o<e.length&&n.push(e.slice(o)),n}function fs(e){return e===""?[]:e.slice(1).split("/").map(t=>t.replace(/~1/g,"/").replace(/~0/g,"~")).map(t=>/^(0|[1-9]\d*)$/.test(t)?Number(t):t)}function po(e,t){if(t.length===0)return;let n=e.toLowerCase(),o=t.find(s=>s.toLowerCase()===n);if(o)return o;let r=t.filter(s=>s.toLowerCase().includes(n)||n.includes(s.toLowerCase()));if(r.length===1)return r[0];let i=Kn(e,[...t]),a=Math.max(2,Math.floor(e.length/3));return Wn(e.toLowerCase(),i.toLowerCase())<=a?i:void 0}var hs={minimum:e=>`at least ${e.limit}`,maximum:e=>`at most ${e.limit}`,exclusiveMinimum:e=>`more than ${e.limit}`,exclusiveMaximum:e=>`less than ${e.limit}`,minLength:e=>`at least ${e.limit} characters long`,maxLength:e=>`at most ${e.limit} characters long`,minItems:e=>`a list of at least ${e.limit} entries`,maxItems:e=>`a list of at most ${e.limit} entries`,minProperties:e=>`a map of at least ${e.limit} entries`,maxProperties:e=>`a map of at most ${e.limit} entries`};function Oe(e){let t="";for(let n of e)t+=typeof n=="number"?`[${n}]`:t===""?n:`.${n}`;return t===""?"the document":t}function gs(e){return e===null?"null":Array.isArray(e)?"a list":typeof e=="object"?"an object":`a ${typeof e}`}function lo(e,t){let n=e;for(let o of t){if(n===null||typeof n!="object")return;n=Object.prototype.hasOwnProperty.call(n,o)?n[o]:void 0}return n}function ys(e){return typeof e=="string"&&/^[A-Za-z0-9_.:\- ]{1,40}$/.test(e)?`"${e}"`:"the value"}function bs(e,t,n){let o=fs(n.instancePath),r=n.params;switch(n.keyword){case"additionalProperties":{let i=String(r.additionalProperty),a=po(i,oo(e,o));return{kind:"unknown-property",path:[...o,i],key:!0,data:{property:i,parent:o.length?` in ${Oe(o)}`:"",suggestion:a??""}}}case"required":return{kind:"required",path:o,key:!0,data:{property:String(r.missingProperty),parent:o.length?` in ${Oe(o)}`:""}};case"type":{let i=lo(t,o);return{kind:"type",path:o,key:!1,data:{property:Oe(o),expected:String(r.type),actual:gs(i)}}}case"enum":case"pattern":{let i=on(e,o),a=r.allowedValues??i?.["x-enum"],s=lo(t,o);if(a){let c=typeof s=="string"?po(s,a):void 0;return{kind:"enum",path:o,key:!1,data:{property:Oe(o),value:ys(s),allowed:a.join(", "),suggestion:c??""}}}return{kind:"range",path:o,key:!1,data:{property:Oe(o),expected:`match ${String(r.pattern)}`}}}case"propertyNames":return;default:{let i=hs[n.keyword];if(!i)return{kind:"range",path:o,key:!1,data:{property:Oe(o),expected:n.message??n.keyword}};let a=n.instancePath.endsWith("/propertyName")||r.propertyName!==void 0;return{kind:"range",path:o,key:a,data:{property:Oe(o),expected:`be ${i(r)}`}}}}}function vs(e,t){let n=e;for(let o of t){if(H(n)||n===null||typeof n!="object")return n;n=Object.prototype.hasOwnProperty.call(n,o)?n[o]:void 0}return n}function Es(e,t){let n=vs(t,e.path);return H(n)?!0:e.key||typeof n!="string"?!1:e.kind==="type"?mo(n):uo(n)}function Yu(e,t){let n=tn[e];if(n(t))return[];let o=[],r=new Set;for(let i of n.errors??[]){let a=bs(e,t,i);if(!a||Es(a,t))continue;let s=`${a.kind}|${a.path.join("/")}`;r.has(s)||(r.add(s),o.push(a))}return o}var bt={path:Object.freeze([])},fo=new WeakMap([[bt.path,bt]]);function vt(e,t){let n=e.children??=new Map,o=n.get(t);return o||(o={path:Object.freeze([...e.path,t])},n.set(t,o),fo.set(o.path,o)),o}var sn=bt;function cn(e){if(sn.path===e)return sn;let t=fo.get(e);if(!t){t=bt;for(let n of e)t=vt(t,n)}return sn=t,t}function C(e,...t){let n=cn(e);for(let o of t)n=vt(n,o);return n.path}function ho(e,t){let n=vt(cn(e),t);return n.absent??=Object.freeze({certainty:"absent",path:n.path})}function go(e){return typeof e=="string"?e.length<=128:typeof e=="number"?!Object.is(e,-0):typeof e=="boolean"}function yo(e,t,n){let o=vt(cn(e),t);if(o.known===null)return{certainty:"known",value:n,path:o.path};let r=o.known??=new Map,i=r.get(n);return i||(i=Object.freeze({certainty:"known",value:n,path:o.path}),r.size<64?r.set(n,i):o.known=null,i)}function bo(e,t){return{certainty:"known",value:e,path:t}}function As(e){return{certainty:"absent",path:e}}function he(e,t,n){if(e==null)return As(t);if(H(e)){if(Hn(e))return{certainty:"maybeAbsent",origin:e.origin,path:t};let r=e.possible?.map(n);return{certainty:"unknown",origin:e.origin,path:t,...e.parts?{parts:e.parts}:{},...r&&r.length>0&&r.every(i=>i!==void 0)?{possible:r}:{}}}let o=n(e);return o===void 0?{certainty:"unknown",origin:gt(e),invalid:!0,path:t}:bo(o,t)}var Rs=Object.freeze([]);function ie(e,t="mapped"){return e.length===0?Rs:t==="pushed"?e.slice():e}function d(e){return e.certainty==="known"?e.value:void 0}function q(e){return e.certainty==="absent"}function vo(e){if(e.certainty==="known")return e.value;if(e.certainty!=="unknown"||!e.parts||e.parts.length===0)return;let t=e.parts[e.parts.length-1];return typeof t=="string"?t:void 0}function ze(e){if(e.certainty==="known")return e.value;if(e.certainty!=="unknown"||!e.parts||e.parts.length===0)return;let t=e.parts[0];return typeof t=="string"?t:void 0}function Et(e){let t;if(e.certainty==="known")t=an(e.value)??[e.value];else if(e.certainty==="unknown"&&e.parts&&!e.invalid)t=e.parts.flatMap(o=>o===null?[null]:an(o)??[o]);else return;let n=[];for(let o of t){let r=n.length>0?n[n.length-1]:void 0;o!==""&&(o===null&&r===null||(o!==null&&typeof r=="string"?n[n.length-1]=r+o:n.push(o)))}return n}function D(e,t){return e.certainty==="known"?t(e.value):e.certainty==="unknown"&&e.possible!==void 0&&e.possible.every(t)}function ge(e,t,n){return Array.isArray(e)?bo(e.map((o,r)=>n(o,C(t,r),r)),t):he(e,t,()=>{})}function we(e,t,n){return he(e,t,o=>F(o)?n(o,t):void 0)}function Je(e){return t=>{if(typeof t!="string")return;let n=t.trim().toUpperCase();return e.find(o=>o===n)}}function N(e){return e.certainty!=="absent"}function k(e){return e.certainty==="known"?e.value:[]}function We(e){return e.certainty==="known"?gt(e.value):e.certainty==="absent"?"(not set)":e.certainty==="unknown"&&e.possible&&e.possible.length>0?[...new Set(e.possible.map(gt))].join(" or "):e.origin}function un(e){return e.certainty==="known"?!(Array.isArray(e.value)&&e.value.length===0):e.certainty==="unknown"}function L(e){return e.certainty==="maybeAbsent"||e.certainty==="unknown"&&e.invalid!==!0}function Te(e,{recent:t}={}){let n=new WeakMap,o=t!==void 0?new Array(t):[],r=0;return i=>{if(typeof i!="object"||i===null)return e(i);let a=n.get(i);if(a===void 0&&(n.set(i,a=e(i)),t!==void 0)){let s=o[r];s!==void 0&&n.delete(s),o[r]=i,r=(r+1)%t}return a}}var R=j,Ce=e=>typeof e=="string"?e.toUpperCase():void 0,ae=Qn,se=z,Ke=e=>typeof e=="number"&&Number.isFinite(e)?e:void 0,de=e=>Array.isArray(e)?e:void 0,me=e=>F(e)?e:void 0,Q=e=>e;function Ie(e,t,n,o){if(e==null)return ho(t,n);if(typeof e!="object"){let r=o(e);if(r!==void 0&&go(r))return yo(t,n,r)}return he(e,C(t,n),o)}function f(e,t,n,o){return Ie(g(e,t),n,t,o)}function Y(e,t,n,o){let r=e;for(let i of t.slice(0,-1))r=g(r,i);return Ie(g(r,t[t.length-1]),C(n,...t.slice(0,-1)),t[t.length-1],o)}function Me(e,t){return he(e,t,n=>F(n)?Object.keys(n).map(o=>({key:o,value:he(g(n,o),[...t,o],j),system:o.startsWith("aws:")})):void 0)}function Eo(e){if(e.certainty==="absent")return[];if(e.certainty==="known")return e.value.filter(t=>!t.system).map(t=>t.key)}var Ps=["MANAGED","UNMANAGED"],Ss=["EC2","SPOT","FARGATE","FARGATE_SPOT"],mn=["ENABLED","DISABLED"],ws=e=>typeof e=="boolean"?e:void 0;function At(e,t){return ge(e,t,(n,o)=>he(n,o,R))}function Ao(e,t){return{id:f(e,"launchTemplateId",t,R),name:f(e,"launchTemplateName",t,R),version:f(e,"version",t,R)}}function Ro(e,t){let n=i=>C(t,i),o=i=>f(e,i,t,z),r=i=>f(e,i,t,R);return{provisioning:f(e,"type",t,Je(Ss)),allocationStrategy:f(e,"allocationStrategy",t,Ce),instanceTypes:At(g(e,"instanceTypes"),n("instanceTypes")),minvCpus:o("minvCpus"),desiredvCpus:o("desiredvCpus"),maxvCpus:o("maxvCpus"),bidPercentage:o("bidPercentage"),spotIamFleetRole:r("spotIamFleetRole"),instanceRole:r("instanceRole"),ec2KeyPair:r("ec2KeyPair"),imageId:r("imageId"),placementGroup:r("placementGroup"),ec2Configuration:ge(g(e,"ec2Configuration"),n("ec2Configuration"),(i,a)=>({path:a,imageType:f(i,"imageType",a,R),imageIdOverride:f(i,"imageIdOverride",a,R),imageKubernetesVersion:f(i,"imageKubernetesVersion",a,R)})),launchTemplate:we(g(e,"launchTemplate"),n("launchTemplate"),(i,a)=>({...Ao(i,a),overrides:ge(g(i,"overrides"),C(a,"overrides"),(s,c)=>({path:c,isObject:F(s),...Ao(s,c),targetInstanceTypes:At(g(s,"targetInstanceTypes"),C(c,"targetInstanceTypes"))}))})),subnets:At(g(e,"subnets"),n("subnets")),securityGroupIds:At(g(e,"securityGroupIds"),n("securityGroupIds")),tags:Me(g(e,"tags"),n("tags")),scalingPolicy:we(g(e,"scalingPolicy"),n("scalingPolicy"),(i,a)=>({minScaleDownDelayMinutes:f(i,"minScaleDownDelayMinutes",a,z)}))}}function Ts(e){let t=g(e,"computeResources"),n=we(t,["computeResources"],Ro);return{type:f(e,"type",[],Je(Ps)),state:f(e,"state",[],Je(mn)),serviceRole:f(e,"serviceRole",[],R),computeResources:n,resources:n.certainty==="known"?n.value:Ro(void 0,["computeResources"]),eksConfiguration:we(g(e,"eksConfiguration"),["eksConfiguration"],(o,r)=>({eksClusterArn:f(o,"eksClusterArn",r,R),kubernetesNamespace:f(o,"kubernetesNamespace",r,R)})),orchestrationType:f(e,"containerOrchestrationType",[],Ce),updatePolicy:we(g(e,"updatePolicy"),["updatePolicy"],(o,r)=>({terminateJobsOnUpdate:f(o,"terminateJobsOnUpdate",r,ws),jobExecutionTimeoutMinutes:f(o,"jobExecutionTimeoutMinutes",r,z)})),tags:Me(g(e,"tags"),["tags"])}}var xe=Te(Ts);function v(e){return xe(e.data)}function ye(e){return D(e.type,t=>t==="MANAGED")}function W(e){return D(e.type,t=>t==="UNMANAGED")}function T(e,...t){return D(e.resources.provisioning,n=>t.includes(n))}function Po(e,...t){if(W(e))return!1;let n=e.computeResources;if(n.certainty==="maybeAbsent")return!0;if(n.certainty==="unknown")return n.invalid!==!0;let o=e.resources.provisioning;switch(o.certainty){case"known":return t.includes(o.value);case"unknown":return o.invalid?!1:o.possible===void 0||o.possible.some(r=>t.includes(r));case"maybeAbsent":return!0;case"absent":return!1}}function Z(e){return T(e,"FARGATE","FARGATE_SPOT")}function pe(e){return D(e,t=>t==="DISABLED")}function So(e,t,n,o){B(g(e,"taskProperties")).forEach((r,i)=>{B(g(r,"containers")).forEach((a,s)=>{if(!F(a))return;let c=j(a.name);o.push({container:a,kind:"ecs",path:[...t,"ecsProperties","taskProperties",i,"containers",s],label:`ecsProperties container ${c?`"${c}"`:`#${s+1}`}${n?` in ${n}`:""}`})})})}function wo(e,t,n,o){let r=g(e,"podProperties");for(let i of["initContainers","containers"])B(g(r,i)).forEach((a,s)=>{if(!F(a))return;let c=j(a.name);o.push({container:a,kind:"eks",path:[...t,"eksProperties","podProperties",i,s],label:`EKS ${i==="initContainers"?"init container":"container"} ${c?`"${c}"`:`#${s+1}`}${n?` in ${n}`:""}`})})}function To(e){let t=[],n=e,o=g(n,"containerProperties");return F(o)&&t.push({container:o,kind:"ecs",path:["containerProperties"],label:"container in containerProperties"}),B(g(g(n,"nodeProperties"),"nodeRangeProperties")).forEach((r,i)=>{let s=`node range ${j(g(r,"targetNodes"))??`#${i+1}`}`,c=["nodeProperties","nodeRangeProperties",i],u=g(r,"container");F(u)&&t.push({container:u,kind:"ecs",path:[...c,"container"],label:`container in ${s}`.trim()}),So(g(r,"ecsProperties"),c,s,t),wo(g(r,"eksProperties"),c,s,t)}),So(g(n,"ecsProperties"),[],"",t),wo(g(n,"eksProperties"),[],"",t),t}var Pt=["memory","cpu","nvidia.com/gpu"],Cs=e=>Ve(e)===void 0?void 0:e;function Is(e,t){let n=g(e,"resourceRequirements"),o=[],r=H(n);return B(n).forEach((i,a)=>{(H(i)||H(g(i,"type")))&&(r=!0);let s=j(g(i,"type"))?.toUpperCase();if(s!=="VCPU"&&s!=="MEMORY"&&s!=="GPU")return;let c=f(i,"value",C(t,"resourceRequirements",a),Cs);o.push({type:s,value:c,amount:c.certainty==="known"?se(c.value):void 0})}),{requirements:ie(o,"pushed"),unknown:r}}function xs(e,t){if(t!=="memory")return se(e);let n=typeof e=="number"?`${e}`:j(e),o=n===void 0?null:/^\s*(\d+(?:\.\d+)?)\s*(Mi|Gi)?\s*$/.exec(n);if(!o)return;let r=Number(o[1]);return o[2]==="Gi"?r*1024:o[2]==="Mi"?r:r/(1024*1024)}function Rt(e,t,n,o){return ie(B(g(e,t)).map((r,i)=>o(r,C(n,t,i),i)))}function Ns(e,t,n,o){let r=n==="eks",i=C(t,"securityContext"),a=g(e,"securityContext"),{requirements:s,unknown:c}=Is(e,t),u=r?"env":"environment",p=g(e,"linuxParameters"),l=C(t,"linuxParameters"),h=g(e,"resources");return{kind:n,label:o,path:t,shape:r?"eksPod":t.includes("ecsProperties")?"ecsTask":"containerProperties",inNodeRange:t[0]==="nodeProperties",init:t.includes("initContainers"),image:f(e,"image",t,R),user:f(e,"user",t,R),securityContext:f(e,"securityContext",t,me),runAsUser:f(a,"runAsUser",i,se),runAsNonRoot:f(a,"runAsNonRoot",i,ae),privileged:r?f(a,"privileged",i,ae):f(e,"privileged",t,ae),readonlyRootFilesystem:r?f(a,"readOnlyRootFilesystem",i,ae):f(e,"readonlyRootFilesystem",t,ae),allowPrivilegeEscalation:f(a,"allowPrivilegeEscalation",i,ae),firelensConfiguration:f(e,"firelensConfiguration",t,me),repositoryCredentials:f(e,"repositoryCredentials",t,Q),environmentList:u,environment:Rt(e,u,t,(y,A,E)=>({index:E,path:A,name:f(y,"name",A,R),value:f(y,"value",A,R)})),secrets:Rt(e,"secrets",t,(y,A,E)=>({index:E,path:A,name:f(y,"name",A,R),valueFrom:f(y,"valueFrom",A,R)})),commands:(r?["command","args"]:["command"]).map(y=>({list:y,args:ie(B(g(e,y)).map((A,E)=>Ie(A,C(t,y),E,R)))})),resourceRequirements:f(e,"resourceRequirements",t,de),requirements:s,requirementsUnknown:c,legacyVcpus:f(e,"vcpus",t,Ke),legacyMemory:f(e,"memory",t,Ke),legacyVcpusAmount:se(g(e,"vcpus")),legacyMemoryAmount:se(g(e,"memory")),instanceType:f(e,"instanceType",t,R),ulimits:f(e,"ulimits",t,de),linuxParameters:{devices:f(p,"devices",l,de),deviceEntries:Rt(p,"devices",l,(y,A,E)=>({index:E,hostPath:f(y,"hostPath",A,R),containerPath:f(y,"containerPath",A,R),permissions:ie(B(g(y,"permissions")).filter(P=>typeof P=="string"))})),tmpfs:f(p,"tmpfs",l,de),sharedMemorySize:f(p,"sharedMemorySize",l,Q),maxSwap:f(p,"maxSwap",l,Q),swappiness:f(p,"swappiness",l,Q)},logDriver:Y(e,["logConfiguration","logDriver"],t,R),networkConfiguration:f(e,"networkConfiguration",t,Q),fargatePlatformConfiguration:f(e,"fargatePlatformConfiguration",t,Q),fargatePlatformVersion:Y(e,["fargatePlatformConfiguration","platformVersion"],t,R),ephemeralStorage:f(e,"ephemeralStorage",t,Q),ephemeralStorageGiB:Y(e,["ephemeralStorage","sizeInGiB"],t,se),cpuArchitecture:Y(e,["runtimePlatform","cpuArchitecture"],t,R),executionRoleArn:f(e,"executionRoleArn",t,R),jobRoleArn:f(e,"jobRoleArn",t,R),mounts:Rt(e,r?"volumeMounts":"mountPoints",t,(y,A,E)=>({index:E,volume:f(y,r?"name":"sourceVolume",A,R),containerPath:f(y,r?"mountPath":"containerPath",A,R),readOnly:f(y,"readOnly",A,ae)})),eksResources:r?["limits","requests"].flatMap(y=>Pt.map(A=>{let E=g(g(h,y),A);return{side:y,key:A,value:f(g(h,y),A,C(t,"resources",y),R),amount:xs(E,A)}})):ie([])}}function Co(e){return To(e).map(t=>Ns(t.container,C(t.path),t.kind,t.label))}function St(e,t){return e.requirements.find(n=>n.type===t)}function De(e,t){let n=St(e,t);return n?.amount===void 0?void 0:{value:n.amount,path:n.value.path}}function pn(e,t){return St(e,t)?!0:(t==="VCPU"?e.legacyVcpus:e.legacyMemory).certainty!=="absent"}function ks(e){let t=g(e,"eksProperties");if(F(t))return{capacity:"ec2",orchestration:"EKS"};if(t!=null)return{orchestration:"ECS"};let n=g(e,"platformCapabilities");if(n==null)return{capacity:"ec2",orchestration:"ECS"};if(H(n)||!Array.isArray(n))return{orchestration:"ECS"};if(n.length===0)return{capacity:"ec2",orchestration:"ECS"};if(n.some(r=>typeof r!="string"))return{orchestration:"ECS"};let o=new Set(n.map(r=>r.trim().toUpperCase()));return o.size!==1?{orchestration:"ECS"}:o.has("FARGATE")?{capacity:"fargate",orchestration:"ECS"}:o.has("EC2")?{capacity:"ec2",orchestration:"ECS"}:{orchestration:"ECS"}}var Fs=C([],"platformCapabilities"),js=e=>Array.isArray(e)&&e.every(t=>typeof t=="string")?e.map(t=>t.trim().toUpperCase()):void 0;function Io(e){let{capacity:t,orchestration:n}=ks(e),o=g(e,"platformCapabilities"),r=Array.isArray(o)&&o.some(H)?{certainty:"unknown",origin:"platformCapabilities",path:Fs}:Ie(o,[],"platformCapabilities",js);return{capacity:t,orchestration:n,kind:n==="EKS"?"eks":t,capabilities:r,eksProperties:f(e,"eksProperties",[],Q)}}var Os="Host EC2 (instance i-0123456789abcdef0) terminated.",dn=e=>Ve(e);function Ms(e,t){return e.endsWith("*")?t.startsWith(e.slice(0,-1)):e===t}function Ds(e,t,n,o){if(L(e))return;if(e.certainty==="absent")return!1;if(L(t))return;let r=d(t);if(r===void 0||r<=1)return!1;if(!L(n)){for(let i of o){let a=d(i.action),{onStatusReason:s,onReason:c,onExitCode:u}=i;if(a===void 0||L(s)||L(c)||L(u)||s.certainty==="unknown")return;let p=d(s);if(p!==void 0&&!Ms(p,Os))continue;let l=c.certainty==="absent"||d(c)==="*",h=u.certainty==="absent";if(!l||!h){if(s.certainty!=="absent")return;continue}if(!(s.certainty==="absent"&&c.certainty==="absent"))return a==="RETRY"}return!0}}function _s(e,t){if(t.certainty==="known"){for(let[n,o]of e.entries()){let r=t.value[n];if(typeof r!="object"||r===null||Array.isArray(r))return;let i=!0;for(let a of[o.onStatusReason,o.onReason,o.onExitCode])if(a.certainty!=="absent"){if(a.certainty!=="known"||typeof g(r,a.path[a.path.length-1])!="string")return;a.value!=="*"&&(i=!1)}if(i)return!0}return!1}}function xo(e){let t=g(e,"retryStrategy"),n=["retryStrategy"],o=f(e,"retryStrategy",[],me),r=f(t,"attempts",n,se),i=f(t,"evaluateOnExit",n,de),a=B(g(t,"evaluateOnExit")).map((u,p)=>{let l=C(n,"evaluateOnExit",p);return{index:p,path:l,action:f(u,"action",l,Ce),onStatusReason:f(u,"onStatusReason",l,dn),onReason:f(u,"onReason",l,dn),onExitCode:f(u,"onExitCode",l,dn)}}),s=d(r),c=o.certainty==="absent"||!L(o)&&!L(r)&&(s===void 0||s<=1);return{strategy:o,attempts:r,evaluateOnExit:i,entries:a,retriesSpotReclaim:Ds(o,r,i,a),retriesNothing:c,hasCatchAll:_s(a,i)}}var Us=["vcpus","memoryMiB","gpus"],_e=class{vcpus;memoryMiB;gpus;complete=!0;add(t,n,o){if(n===void 0){this.complete=!1;return}let r=this[t];this[t]=r?{value:r.value+n,path:r.path}:{value:n,path:o}}merge(t,n){for(let o of Us){let r=t[o];if(!r)continue;let i=this[o];i?this[o]=n==="sum"?{value:i.value+r.value,path:i.path}:r.value>i.value?r:i:this[o]=r}this.complete&&=t.complete}},Bs={VCPU:"vcpus",MEMORY:"memoryMiB",GPU:"gpus"};function Gs(e){let t=new _e;e.requirementsUnknown&&(t.complete=!1);let n=new Set;for(let{type:r,value:i,amount:a}of e.requirements){let s=Bs[r];n.add(s),N(i)&&t.add(s,a,i.path)}let o=(r,i,a)=>{!n.has(r)&&N(i)&&t.add(r,a,i.path)};return o("vcpus",e.legacyVcpus,e.legacyVcpusAmount),o("memoryMiB",e.legacyMemory,e.legacyMemoryAmount),t}var qs={cpu:"vcpus",memory:"memoryMiB","nvidia.com/gpu":"gpus"};function No(e){let t=new _e;for(let[n,o]of Object.entries(qs)){let r=e.eksResources.find(a=>a.side==="requests"&&a.key===n),i=r&&N(r.value)?r:e.eksResources.find(a=>a.side==="limits"&&a.key===n);i&&N(i.value)&&t.add(o,i.amount,i.value.path)}return t}function Ls(e,t){return t.every((n,o)=>e[o]===n)}function ko(e,t){let n=new _e,o=new _e,r=new _e,i=!1;for(let a of e)Ls(a.path,t)&&(a.kind==="ecs"?n.merge(Gs(a),"sum"):(i=!0,a.init?r.merge(No(a),"max"):o.merge(No(a),"sum")));return i&&(o.merge(r,"max"),n.merge(o,"sum")),n}function Fo(e,t,n,o){return{nodes:o,label:t,path:n,complete:e.complete,...e.vcpus?{vcpus:e.vcpus}:{},...e.memoryMiB?{memoryMiB:e.memoryMiB}:{},...e.gpus?{gpus:e.gpus}:{}}}function $s(e,t){if(e===void 0)return;let n=/^\s*(\d*)\s*(?::\s*(\d*))?\s*$/.exec(e);if(!n)return;let o=n[1]?Number(n[1]):0,r=n[2]!==void 0?n[2]?Number(n[2]):t-1:o;return[o,Math.min(r,t-1)]}function Vs(e,t,n){let o=t.nodeCount,r=t.ranges.map(s=>o?$s(d(s.targetNodes),o):void 0),i=new Array(t.ranges.length).fill(0);if(o)for(let s=0;s<o;s++){let c=-1;r.forEach((u,p)=>{u&&s>=u[0]&&s<=u[1]&&(c<0||u[1]-u[0]<r[c][1]-r[c][0])&&(c=p)}),c>=0&&(i[c]+=1)}let a=t.ranges.map((s,c)=>{let u=Fo(ko(e,s.path),s.label,s.path,i[c]??0),p=d(s.instanceType),l=s.instanceTypes[0],h=l?d(l):void 0;return p?u.instanceType={value:p,path:s.instanceType.path}:h&&(u.instanceType={value:h,path:l.path}),u});return{multinode:!0,platform:n,nodes:a,...o?{numNodes:o}:{}}}var jo=["containerProperties","ecsProperties","eksProperties"];function Oo(e,t,n,o,r){if(n)return Vs(e,t,r);if(!o)return;let i=[o];return{multinode:!1,platform:r,nodes:[Fo(ko(e,i),o,i,1)]}}function wt(e){return e?.nodes.some(t=>(t.gpus?.value??0)>0)??!1}function _o(e,t,n){return ie(B(g(e,"volumes")).map((o,r)=>{let i=C(t,"volumes",r),a=g(o,"efsVolumeConfiguration"),s=C(i,"efsVolumeConfiguration");return{index:r,path:i,name:f(o,"name",i,R),label:j(g(o,"name"))??`#${r+1}`,host:f(o,"host",i,me),hostPath:n?Y(o,["hostPath","path"],i,R):Y(o,["host","sourcePath"],i,R),...F(a)?{efs:{path:s,transitEncryption:f(a,"transitEncryption",s,R),iam:Y(a,["authorizationConfig","iam"],s,R),accessPointId:Y(a,["authorizationConfig","accessPointId"],s,R)}}:{}}}))}function ln(e,t,n,o){let r=C(t),i=n==="ecsTask"?"taskRoleArn":"jobRoleArn";return{path:r,label:o,shape:n,roleField:i,role:f(e,i,r,R),executionRoleArn:f(e,"executionRoleArn",r,R),enableExecuteCommand:f(e,"enableExecuteCommand",r,ae),operatingSystemFamily:Y(e,["runtimePlatform","operatingSystemFamily"],r,R),platformVersion:f(e,"platformVersion",r,R),volumes:_o(e,r,!1)}}function Mo(e,t,n,o){B(g(e,"taskProperties")).forEach((r,i)=>{F(r)&&o.push(ln(r,[...t,"ecsProperties","taskProperties",i],"ecsTask",`ecsProperties task${n?` in ${n}`:""}`))})}function Tt(e,t){return`node range ${j(g(e,"targetNodes"))??`#${t+1}`}`}function Uo(e){let t=[],n=g(e,"containerProperties");return F(n)&&t.push(ln(n,["containerProperties"],"containerProperties","containerProperties")),B(g(g(e,"nodeProperties"),"nodeRangeProperties")).forEach((o,r)=>{let i=Tt(o,r),a=["nodeProperties","nodeRangeProperties",r],s=g(o,"container");F(s)&&t.push(ln(s,[...a,"container"],"containerProperties",`container in ${i}`)),Mo(g(o,"ecsProperties"),a,i,t)}),Mo(g(e,"ecsProperties"),[],"",t),ie(t,"pushed")}function Do(e,t,n){let o=C(t);return{path:o,nodeRange:n,hostNetwork:f(e,"hostNetwork",o,ae),imagePullSecrets:f(e,"imagePullSecrets",o,de),serviceAccountName:f(e,"serviceAccountName",o,R),volumes:_o(e,o,!0)}}function Bo(e){let t=[],n=g(g(e,"eksProperties"),"podProperties");return F(n)&&t.push(Do(n,["eksProperties","podProperties"],"")),B(g(g(e,"nodeProperties"),"nodeRangeProperties")).forEach((o,r)=>{let i=g(g(o,"eksProperties"),"podProperties");F(i)&&t.push(Do(i,["nodeProperties","nodeRangeProperties",r,"eksProperties","podProperties"],Tt(o,r)))}),ie(t,"pushed")}function He(e){let t=e.role;return t.certainty==="absent"?!1:t.certainty!=="known"||t.value.trim()!==""}var Go=["containerProperties","ecsProperties","eksProperties","nodeProperties"];function zs(e){let t=se(e);return t!==void 0&&Number.isInteger(t)&&t>0&&t<=1e4?t:void 0}function Js(e,t){let n=g(e,"nodeProperties"),o=["nodeProperties"];return{present:f(e,"nodeProperties",[],Q),numNodes:f(n,"numNodes",o,Ke),nodeCount:zs(g(n,"numNodes")),mainNode:f(n,"mainNode",o,Ke),nodeRangeProperties:f(n,"nodeRangeProperties",o,de),ranges:ie(B(g(n,"nodeRangeProperties")).map((r,i)=>{let a=C(o,"nodeRangeProperties",i),s=[...a,"container"].join("/"),c=t.find(u=>u.path.join("/")===s);return{index:i,path:a,label:Tt(r,i),targetNodes:f(r,"targetNodes",a,R),container:f(r,"container",a,me),...c?{containerFacts:c}:{},instanceType:Y(r,["container","instanceType"],a,R),instanceTypes:ie(B(g(r,"instanceTypes")).map((u,p)=>Ie(u,C(a,"instanceTypes"),p,R)))}}))}}function Ws(e){let t=Co(e),n=Uo(e),o=Io(e),r=Js(e,t),i=F(g(e,"nodeProperties"));return{name:f(e,"jobDefinitionName",[],R),type:f(e,"type",[],R),platform:o,containers:t,tasks:n,pods:Bo(e),retry:xo(e),timeout:f(e,"timeout",[],me),attemptDurationSeconds:Y(e,["timeout","attemptDurationSeconds"],[],se),tags:f(e,"tags",[],me),propagateTags:f(e,"propagateTags",[],ae),parameters:f(e,"parameters",[],me),schedulingPriority:f(e,"schedulingPriority",[],se),nodes:r,multinode:i,windows:n.some(a=>a.operatingSystemFamily.certainty==="known"&&a.operatingSystemFamily.value.toUpperCase().startsWith("WINDOWS")),requirements:Oo(t,r,i,jo.find(a=>F(g(e,a))),o),blocks:{containerProperties:f(e,"containerProperties",[],Q),ecsProperties:f(e,"ecsProperties",[],Q),eksProperties:o.eksProperties,nodeProperties:r.present}}}var Ks=16,ct=Te(Ws,{recent:Ks});function b(e){return ct(e.data)}var qo=new WeakMap;function Ue(e){let t=xe(e),n=qo.get(t);return n||qo.set(t,n=Hs(t)),n}function G(e){return Ue(e.data)}function Hs(e){let t=!W(e),n=d(e.resources.provisioning),o=e.eksConfiguration.certainty==="known"||d(e.orchestrationType)==="EKS";return{managed:t,...n?{provisioning:n,capacity:n.startsWith("FARGATE")?"fargate":"ec2"}:{},...!t&&!n?{capacity:"ec2"}:{},orchestration:o?"EKS":"ECS",enabled:!pe(e.state)}}function Ct(e){return ct(e).platform}function It(e){return e.capacity==="fargate"?"Fargate":e.orchestration==="EKS"?"EKS":"EC2"}function Lo(e){if(!e.managed)return e.orchestration==="EKS"?"unmanaged EKS":"unmanaged EC2";let t=e.provisioning??"unknown";return e.orchestration==="EKS"?`EKS on ${t}`:t}function Qe(e){return ct(e).requirements}function ut(e,t,n){return{schema:n?.description?{...e,description:n.description}:e,default:t}}function $o(e,t={}){let{description:n,...o}=t;return{type:e,...o}}var M={number(e,t){return ut($o("number",t),e,t)},integer(e,t){return ut($o("integer",t),e,t)},string(e,t){return ut({type:"string"},e,t)},oneOf(e,t,n){return ut({enum:[...e]},t,n)},listOf(e,t,n){let{description:o,...r}=n??{};return ut({type:"array",items:{enum:[...e]},...r},t,n)},custom(e,t){return{schema:e,default:t}}};function Vo(e){return{type:"object",additionalProperties:!1,properties:Object.fromEntries(Object.entries(e).map(([t,n])=>[t,n.schema]))}}function zo(e){let t={};for(let[n,o]of Object.entries(e))o.default!==void 0&&(t[n]=o.default);return t}var X=Object.freeze({overheadPercent:20700/8192,agentReserveMiB:32,eksReserveMiB:355,marginPercent:3}),Jo={overheadPercent:M.number(X.overheadPercent,{minimum:0,maximum:50}),agentReserveMiB:M.number(X.agentReserveMiB,{minimum:0}),eksReserveMiB:M.number(X.eksReserveMiB,{minimum:0}),marginPercent:M.number(X.marginPercent,{minimum:0,maximum:50})};function Wo(e){let t=n=>{let o=e[n];return typeof o=="number"&&Number.isFinite(o)&&o>=0?o:X[n]};return{overheadPercent:t("overheadPercent"),agentReserveMiB:t("agentReserveMiB"),eksReserveMiB:t("eksReserveMiB"),marginPercent:t("marginPercent")}}function Qs(e,t=X){return Math.floor(e.memoryMiB*(100-t.overheadPercent)/100+1e-9)}function fn(e,t=X,n="ECS"){let o=n==="EKS"?t.eksReserveMiB:t.agentReserveMiB;return Math.max(0,Qs(e,t)-o)}function xt(e,t=X,n="ECS"){return Math.max(0,fn(e,t,n)-Math.ceil(e.memoryMiB*t.marginPercent/100))}function Ko(e,t="ECS"){if(t!=="EKS")return e.vcpus;let n=e.vcpus,o=60*Math.min(n,1)+10*Math.min(Math.max(n-1,0),1)+5*Math.min(Math.max(n-2,0),2)+2.5*Math.max(n-4,0);return(n*1e3-Math.ceil(o))/1e3}function Ho(e,t="ECS"){let n=Number(e.overheadPercent.toFixed(2));return t==="EKS"?`installed memory less ${n} % platform overhead and ${e.eksReserveMiB} MiB kubelet reserve`:`installed memory less ${n} % platform overhead and ${e.agentReserveMiB} MiB agent reserve`}var Nt=["m6i","c6i","r6i","c7i"],hn=["m6g","c6g","r6g","c7g"];var Qo=[{families:["m4","c4","r4"],regions:["ap-northeast-1","ap-northeast-2","ap-south-1","ap-southeast-1","ap-southeast-2","ca-central-1","cn-north-1","cn-northwest-1","eu-central-1","eu-west-1","eu-west-2","sa-east-1","us-east-1","us-east-2","us-gov-west-1","us-west-1","us-west-2"]},{families:["m5","c5","r5"],regions:["af-south-1","ap-east-1","ap-northeast-3","ap-south-2","ap-southeast-3","ap-southeast-4","ca-west-1","eu-central-2","eu-north-1","eu-south-1","eu-south-2","eu-west-3","il-central-1","me-central-1","me-south-1","us-gov-east-1","us-isob-east-1","us-iso-east-1","us-isof-south-1","us-isof-east-1","eu-isoe-west-1","us-northeast-1"]},{families:["m6i","c6i","r6i"],regions:["ap-southeast-5","ap-southeast-7","ap-east-2","mx-central-1"]}];function Ys(e,t){if(e==="default_x86_64")return Nt;let n=t?Qo.find(o=>o.regions.includes(t)):void 0;return n?n.families:Qo.flatMap(o=>o.families)}var Yo=["optimal","default_x86_64","default_arm64"];function Zo(e,t,n){switch(e){case"optimal":return Ys(t,n);case"default_x86_64":return Nt;case"default_arm64":return hn}}function Xo(e,t,n,o){let r=e.trim().toLowerCase();if(Yo.includes(r)){let i=Zo(r,o.optimal??"default_x86_64",o.region),a=i.flatMap(s=>n.familyMembers(s).filter(c=>!c.metal));return{entry:e,index:t,kind:"keyword",types:a,families:i}}if(r.includes(".")){let i=n.get(r);return i?{entry:e,index:t,kind:"type",types:[i]}:{entry:e,index:t,kind:"unresolved",types:[]}}return n.isFamily(r)&&!n.isUnspecified(r)?{entry:e,index:t,kind:"family",types:n.familyMembers(r).filter(i=>!i.metal)}:{entry:e,index:t,kind:"unresolved",types:[]}}function Zs(e,t={}){let n=t.catalog??ue(),o=[],r=[];if(e.certainty==="unknown"&&!e.invalid||e.certainty==="maybeAbsent")return{types:[],entries:o,unresolved:[e.origin],implicitDefault:!1};let i=k(e),a=i.length===0;a&&o.push({...Xo("default_x86_64",void 0,n,t),entry:"(none)"}),i.forEach((u,p)=>{if(u.certainty!=="known"){r.push(u.certainty==="absent"?"(no value)":u.origin);return}let l=Xo(u.value,p,n,t);l.kind==="unresolved"&&r.push(u.value),o.push(l)});let s=new Set,c=[];for(let u of o.flatMap(p=>p.types))s.has(u.name)||(s.add(u.name),c.push(u));return{types:c,entries:o,unresolved:r,implicitDefault:a}}function er(e,t={}){if(W(e))return;let n=e.computeResources;if(n.certainty==="absent"||n.certainty==="maybeAbsent"||n.certainty==="unknown"&&!n.invalid)return;let o=e.resources.provisioning;if((o.certainty==="unknown"||o.certainty==="maybeAbsent")&&!(o.certainty==="unknown"&&o.invalid))return{types:[],entries:[],unresolved:[o.origin],implicitDefault:!1};if(!Z(e))return Zs(e.resources.instanceTypes,t)}var tr=new WeakMap;function kt(e,t=ue(),n={}){let o=n.region??e.region,r=`${o??""}|${n.optimal??""}`,i=tr.get(t);i||tr.set(t,i=new WeakMap);let a=i.get(e);return a||i.set(e,a=new Map),a.has(r)||a.set(r,er(v(e),{catalog:t,...o?{region:o}:{},...n.optimal?{optimal:n.optimal}:{}})),a.get(r)}var yn=/^arn:[\w-]+:batch:([\w-]*):(\d*):([\w-]+)\/(.+)$/;function Be(e){let t=e?yn.exec(e)?.[1]:void 0;return t||void 0}function nr(e){let t=e.arn?yn.exec(e.arn):null,n=e.region??(t?.[1]||void 0),o=t?.[2]||void 0;return{...n?{region:n}:{},...o?{account:o}:{}}}function Xs(e,t){let n=nr(e),o=nr(t);return!(n.region&&o.region&&n.region!==o.region||n.account&&o.account&&n.account!==o.account)}function rr(e){let t=yn.exec(e.trim());return t?t[4]:e.trim()}var ir={jobDefinition:"jobDefinitionName",computeEnvironment:"computeEnvironmentName",jobQueue:"jobQueueName",schedulingPolicy:"name"};function gn(e){return j(g(e.data,ir[e.kind]))??e.name}function bp(e){return H(g(e.data,ir[e.kind]))}function Ft(e,t){let n=e.trim();if(n==="")return!1;if(t.arn&&(n===t.arn||t.kind==="jobDefinition"&&t.arn.replace(/:\d+$/,"")===n)||t.address&&n===t.address)return!0;let o=rr(n);if(t.kind!=="jobDefinition")return o===gn(t);let[r,i]=o.split(":");if(r!==gn(t))return!1;if(i===void 0)return!0;let a=z(g(t.data,"revision"));return a===void 0||String(a)===i}function vp(e,t,n){let o=t.filter(a=>Ft(e,a)&&(!n||Xs(n,a)));if(o.length<=1)return o[0];let r=n?o.filter(a=>a.source.document.file===n.source.document.file):[];if(r.length>0&&(o=r),o.length===1)return o[0];let i=a=>z(g(a.data,"revision"))??0;return o.reduce((a,s)=>i(s)>i(a)?s:a)}var or=class{byKey=new Map;byFileKey=new Map;constructor(t){let n=(o,r,i)=>{let a=o.get(r);a?a.push(i):o.set(r,[i])};for(let o of t){let r=new Set([gn(o)]);o.arn&&(r.add(o.arn),o.kind==="jobDefinition"&&r.add(o.arn.replace(/:\d+$/,""))),o.address&&r.add(o.address);for(let i of r)n(this.byKey,i,o),n(this.byFileKey,`${o.source.document.file}
${i}`,o)}}candidatesFor(t,n){let o=t.trim(),r=rr(o),i=new Set;for(let a of[o,r,r.split(":")[0]])for(let s of(n===void 0?this.byKey.get(a):this.byFileKey.get(`${n}
${a}`))??[])i.add(s);return[...i]}};function le(e){return e.gpu&&e.gpu.vendor==="nvidia"?e.gpu.count:0}function Ye(e,t,n=X,o="ECS"){let r=fn(t,n,o),i=Ko(t,o),a=le(t),s=[],c=1/0,u=(h,y,A)=>{y===void 0||y<=0||(y>A&&s.push({dimension:h,need:y,offer:A}),c=Math.min(c,Math.floor(A/y+1e-9)))};u("vcpus",e.vcpus?.value,i),u("memory",e.memoryMiB?.value,r),u("gpus",e.gpus?.value,a),s.length>0&&(c=0),c===1/0&&(c=1);let p=e.memoryMiB?.value,l=s.length===0&&p!==void 0&&p>xt(t,n,o);return{type:t,copies:c,availableMiB:r,availableVcpus:i,gpus:a,shortfalls:s,withinMargin:l}}var Ze={vcpus:32,memoryMiB:249856},jt={none:0,tight:1,unknown:2,fits:3};function ar(e){return e.reduce((t,n)=>jt[n]<jt[t]?n:t,"fits")}function ec(e){return e.reduce((t,n)=>jt[n]>jt[t]?n:t,"none")}var sr=new WeakMap,cr=new WeakMap;function tc(e){let t=cr.get(e);return t===void 0&&cr.set(e,t=JSON.stringify(e)),t}function nc(e,t,n,o){let r=`${e.vcpus?.value}|${e.memoryMiB?.value}|${e.gpus?.value}|${e.instanceType?.value??""}|${e.complete}|${n.orchestration}|${tc(o)}`,i=sr.get(t);i||sr.set(t,i=new Map);let a=i.get(r);return a||i.set(r,a=oc(e,t,n,o)),{node:e,...a}}function oc(e,t,n,o){let r=t.types,i=!1;if(e.instanceType){let h=e.instanceType.value.trim().toLowerCase();r=r.filter(y=>y.name===h),i=r.length===0&&t.unresolved.length===0}let a=r.map(h=>Ye(e,h,o,n.orchestration)),s=a.filter(h=>h.copies>0).sort((h,y)=>y.copies-h.copies||h.type.vcpus-y.type.vcpus||h.type.memoryMiB-y.type.memoryMiB),c=a.filter(h=>h.copies===0),u=h=>h.shortfalls.reduce((y,A)=>y+(A.need-A.offer)/A.need,0),p=[...a].sort((h,y)=>h.shortfalls.length-y.shortfalls.length||u(h)-u(y)||y.availableMiB-h.availableMiB||y.availableVcpus-h.availableVcpus)[0],l;return s.some(h=>!h.withinMargin)?l="fits":t.unresolved.length>0||!e.complete||i?l="unknown":l=s.length>0?"tight":r.length>0?"none":"unknown",{candidates:s,ruledOut:c,verdict:l,...p?{closest:p}:{},...i?{instanceTypeNotLaunchable:i}:{}}}function rc(e,t,n){return kt(e,n.catalog,{...t?{region:t}:{},...n.optimal?{optimal:n.optimal}:{}})}function ic(e,t,n,o,r){let i=e.environment;if(!i)return{link:e,status:"unresolved",nodes:[],verdict:"unknown"};let a=G(i),s=o.region??i.region??Be(i.arn)??t.queue.region??Be(t.queue.arn),c=d(v(i).resources.maxvCpus),u={link:e,environment:i,platform:a,...s?{region:s}:{},...c!==void 0?{maxvCpus:c}:{}};if(!a.enabled)return{...u,status:"disabled",nodes:[],verdict:"unknown"};let p=n.platform;if(p.capacity&&a.capacity&&p.capacity!==a.capacity||p.orchestration!==a.orchestration)return{...u,status:"platform-mismatch",nodes:[],verdict:"unknown"};if(!a.managed)return{...u,status:"unmanaged",nodes:[],verdict:"unknown"};if(a.capacity==="fargate"){let y=n.nodes.map(A=>{let E=(A.vcpus?.value??0)>Ze.vcpus||(A.memoryMiB?.value??0)>Ze.memoryMiB;return{node:A,candidates:[],ruledOut:[],verdict:E?"none":"fits"}});return{...u,status:"fargate",nodes:y,verdict:ar(y.map(A=>A.verdict))}}let l=rc(i,s,o);if(!l)return{...u,status:"instances",nodes:[],verdict:"unknown"};let h=n.nodes.filter(y=>y.nodes>0||!n.multinode).map(y=>nc(y,l,a,r));return{...u,status:"instances",expansion:l,nodes:h,verdict:h.length>0?ar(h.map(y=>y.verdict)):"unknown"}}function Ot(e,t,n,o={}){let r=o.memoryModel??X,i="environments"in t?t:n?.queueNode(t);if(!i)throw new Error("placeJob: the queue is not part of the graph");let a="nodes"in e?e:Qe(e.data);if(!a)return{queue:i,environments:[],verdict:"unknown",memoryModel:r};let s=i.environments.map(p=>ic(p,i,a,o,r)),c=s.filter(p=>p.status!=="disabled"&&p.status!=="platform-mismatch"),u=c.length===0?"unknown":ec(c.map(p=>p.verdict));return{queue:i,requirements:a,environments:s,verdict:u,memoryModel:r}}var ur=new WeakMap;function ee(e,t,n,o){let r=ur.get(e);r||ur.set(e,r=new WeakMap);let i=r.get(t.queue);i||r.set(t.queue,i=new Map);let a=`${JSON.stringify(o.memoryModel)}|${o.optimal}|${o.region??""}`,s=i.get(a);return s||i.set(a,s=Ot(e,t.queue,n.graph,o)),s}function x(e){switch(e.origin){case"config":return`queue ${e.queue.queue.name} (from the config's workloads)`;case"step-functions":return`queue ${e.queue.queue.name} (submitted by a Step Functions task)`;case"eventbridge":return`queue ${e.queue.queue.name} (target of an EventBridge rule)`;case"platform":{let t=It(Ct(e.jobDefinition.data));return e.alternatives.length<=1?`queue ${e.queue.queue.name} (assumed: the only ${t} queue in the input)`:`every ${t} queue in the input: ${[...new Set(e.alternatives.map(n=>n.queue.name))].join(", ")} (assumed: no pairing is declared)`}}}function J(e,t,n){let o=t.graph.pairingsOf(e);if(o.length===0)return[];if(o[0].origin!=="platform"){let i=[];for(let a of o){let s=n(a);s!==void 0&&i.push({pairing:a,result:s})}return i}let r;for(let i of o){let a=n(i);if(a===void 0)return[];r??={pairing:i,result:a}}return r?[r]:[]}var te={...Jo,optimal:M.oneOf(["default_x86_64","legacy"],"default_x86_64",{description:"`legacy` reads `optimal` as before 2025-11-01 (m4/c4/r4, m5/c5/r5 or m6i/c6i/r6i by Region), for environments Batch did not update"}),region:M.string(void 0,{description:"Region to assume for resources without an ARN (legacy `optimal` table)"})};function ne(e){let t=e.optimal==="legacy"?"legacy":"default_x86_64",n=typeof e.region=="string"&&e.region!==""?e.region:void 0;return{memoryModel:Wo(e),optimal:t,...n?{region:n}:{}}}var Xe=(e,t,n=`${t}s`)=>`${e} ${e===1?t:n}`;function bn(e){let t=[];return e.vcpus&&t.push(Xe(e.vcpus.value,"vCPU")),e.memoryMiB&&t.push(`${e.memoryMiB.value} MiB`),e.gpus&&e.gpus.value>0&&t.push(Xe(e.gpus.value,"GPU")),t.length>0?t.join(", "):"no declared resources"}function mr(e){let t=[Xe(e.availableVcpus,"vCPU"),`about ${e.availableMiB} MiB to jobs`];return(e.gpus>0||e.type.gpu)&&t.push(Xe(e.gpus,"schedulable GPU")),t.join(", ")}function Bp(e){switch(e.dimension){case"vcpus":return`needs ${Xe(e.need,"vCPU")}, has ${e.offer}`;case"memory":return`needs ${e.need} MiB, offers about ${e.offer} MiB to jobs`;case"gpus":return`needs ${Xe(e.need,"GPU")}, has ${e.offer} schedulable`}}function pr(e,t="none"){let n=e.environments.flatMap(r=>r.nodes).filter(r=>r.verdict===t&&r.closest),o=r=>r.closest.shortfalls.reduce((i,a)=>i+(a.need-a.offer)/a.need,0);return n.sort((r,i)=>r.closest.shortfalls.length-i.closest.shortfalls.length||o(r)-o(i)||i.closest.availableMiB-r.closest.availableMiB)[0]}function Mt(e,t){let n=e.environments.find(o=>t&&o.nodes.includes(t));return Ho(e.memoryModel,n?.platform?.orchestration??"ECS")}var ac={s:1,m:60,h:3600,d:86400};function qp(e){let t=/^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$/i.exec(e);if(!t)return;let n=Number(t[1])*ac[(t[2]||"s").toLowerCase()];return Number.isFinite(n)&&n>0?n:void 0}function mt(e){let t=Math.round(e);if(t<60)return`${t}s`;if(t<3600)return t%60===0?`${t/60}m`:`${Math.floor(t/60)}m ${t%60}s`;if(t<86400){let o=Math.round(t%3600/60);return o===0?`${Math.floor(t/3600)}h`:`${Math.floor(t/3600)}h ${o}m`}let n=Math.round(t%86400/3600);return n===0?`${Math.floor(t/86400)}d`:`${Math.floor(t/86400)}d ${n}h`}var dr="us-east-1",sc={family:"measured ratio for the {family} family",region:"measured ratio (median over its families)","all-regions":"no exact figure in the Region: the median ratio of every Region"};function Ge(e,t,n){let o=O(O(e.ec2.onDemand,t),n);if(o!==void 0)return{usdPerHour:o,basis:"on-demand-list"};let r=O(O(e.ec2.onDemand,dr),n),i=O(e.ec2.onDemandRatios,t);if(r===void 0||!i)return;let a=n.split(".")[0]??n,s=O(i.families,a);if(typeof s=="string")return;let[c,u]=s??[i.ratio,i.level],p=e.ec2.onDemandEstimateError?.[u],l=p?` (leave-one-out error on the exact figures: median ${p.medianAbsPercent}%, max ${p.maxAbsPercent}%)`:"",h=s?"":`; ${a} is not in the Region's listed offerings, so it may not be offered there`;return{usdPerHour:Number((r*c).toPrecision(6)),basis:"on-demand-estimate",detail:`estimate: the ${dr} price x ${c}, ${t}'s ${sc[u].replace("{family}",a)}${l}${h}; not a list price (--live-pricing gives the exact figure)`}}function vn(e,t,n){let o=O(O(e.ec2.spot,t),n);if(o){let i=Object.entries(o.zones),a=i.length>1?`, ${Math.min(...i.map(([,s])=>s))}-${Math.max(...i.map(([,s])=>s))} across ${i.length} zones`:"";return{usdPerHour:o.usdPerHour,basis:"spot-market",detail:`Spot market price${o.observedAt?` at ${o.observedAt}`:""}, highest zone${a}`}}let r=O(O(e.ec2.spotEstimate,t),n);if(!r){let i=O(O(e.ec2.spotAdvisor,t),n),a=i?Ge(e,t,n):void 0;return!i||!a?void 0:{usdPerHour:Number((a.usdPerHour*(1-i[0]/100)).toPrecision(6)),basis:"spot-estimate",detail:`estimate: On-Demand less the typical ${i[0]}% Spot saving (AWS Spot Instance Advisor), not a market price; the On-Demand figure is itself an ${a.detail??"estimate"}`}}return{usdPerHour:r[0],basis:"spot-estimate",detail:`estimate: On-Demand less the typical ${r[1]}% Spot saving (AWS Spot Instance Advisor), not a market price`}}var Dt=["<5%","5-10%","10-15%","15-20%",">20%"];function lr(e,t,n){let o=O(O(e.ec2.spotEstimate,t),n)?.[2]??O(O(e.ec2.spotAdvisor,t),n)?.[1];return typeof o=="number"&&Number.isInteger(o)&&o>=0&&o<Dt.length?o:void 0}function _t(e,t,n,o){return o==="spot"?vn(e,t,n):Ge(e,t,n)}function pt(e,t,n,o){let r=O(o?e.fargate.spot:e.fargate.onDemand,t),i=r?.[n];if(!i){let s=o?void 0:O(e.fargate.onDemandEstimate,t),c=s?.[n];return c?{rates:c,ephemeralStorageGbHour:s.ephemeralStorageGbHour,basis:"fargate-estimate"}:void 0}let a=r?.ephemeralStorageGbHour??O(e.fargate.onDemand,t)?.ephemeralStorageGbHour;return{rates:i,ephemeralStorageGbHour:a,basis:o?"fargate-spot-list":"fargate-list"}}function fr(e,t,n){let o=e.fargate.spotDiscount,r=pt(e,t,n,!1);if(!o||!r)return;let i=1-o.upToPercent/100;return{low:{rates:{vcpuHour:r.rates.vcpuHour*i,gbHour:r.rates.gbHour*i},...r.ephemeralStorageGbHour!==void 0?{ephemeralStorageGbHour:r.ephemeralStorageGbHour}:{},basis:"fargate-spot-estimate"},high:r,upToPercent:o.upToPercent,source:o.source}}var En=30.416666666666668;function An(e,t){return Math.max(t,Math.ceil(e))}function cc(e,t){let n=Math.max(0,(t.ephemeralStorageGiB??20)-20);return t.vcpus*e.rates.vcpuHour+t.memoryMiB/1024*e.rates.gbHour+n*(e.ephemeralStorageGbHour??0)}function Ut(e,t,n){return cc(e,t)*An(n,60)/3600}var gr=Object.freeze({file:null,line:null,column:null,endLine:null,endColumn:null,arn:null,address:null});function uc(e,t={}){return e.replace(/\{\{\s*(\w+)\s*\}\}/g,(n,o)=>Object.hasOwn(t,o)?String(t[o]):`{{${o}}}`)}function mc(e,t){let n=e.messageSeverity;return(n&&Object.hasOwn(n,t)?n[t]:void 0)??e.severity}var hr=new WeakMap;function yr(e){if(!e)return null;let t=hr.get(e);return t||hr.set(e,t=Object.freeze({kind:e.kind,name:e.name})),t}var Rn=new Map,pc=2e4;function dc(e){let t=Rn.get(e);return t!==void 0?t:(Rn.size<pc&&Rn.set(e,e),e)}function Pn(e,t){return t&&Object.defineProperty(e,"owner",{value:t,enumerable:!1}),e}function Wp(e,t,n,o,r){let i=e.messages,a=Object.hasOwn(i,t)?i[t]:void 0;return Pn({ruleId:e.id,severity:r??mc(e,t),category:e.category,message:dc(at(uc(a??t,n))),messageId:t,resource:yr(o.owner),location:o.location,path:[...o.path]},o.owner)}function br(e,t,n){return Pn({ruleId:e,severity:"error",category:"internal",message:at(t),resource:yr(n.owner),location:n.location,path:[...n.path]},n.owner)}function Kp(e,t){return Pn({...e,...t},e.owner??null)}var et=class extends Error{constructor(n,o){super(`${n} failed`);this.stage=n;this.original=o}stage;original};var lc="internal";function Bt(e){let t;try{t=e instanceof Error?e.message:typeof e=="string"?e:"a non-Error value was thrown"}catch{t="an unreadable error"}return at(t.split(`
`)[0]??"").slice(0,300)}function ed(e,t,n){let o=t instanceof et?t.original:t,r=n===null?"The run went on without it":"The file was skipped; the other files were still linted",i=n===null?null:1;return br(lc,`Internal error in the ${e} stage: ${Bt(o)}. ${r}. Please report this.`,{owner:null,location:{...gr,file:n,line:i,column:i,endLine:i,endColumn:i},path:[]})}function qt(e){let t=Math.max(1,Math.ceil(e.jobs)),n=Math.max(1,e.copies),o=e.maxvCpus!==void 0&&e.maxvCpus>0&&e.instanceVcpus>0?Math.max(1,Math.floor(e.maxvCpus/e.instanceVcpus)):1/0,r=Math.min(Math.ceil(t/n),o),i=Math.ceil(t/(r*n)),a=Math.max(60,i*Math.ceil(e.durationSeconds));return{instances:r,waves:i,billedSeconds:a,perJobUsd:r*e.usdPerHour*a/3600/t}}function Lt(e){return e.usdPerHour*Math.ceil(e.durationSeconds)/3600/Math.max(1,e.copies)}function vr(e){return e.usdPerHour*Math.max(60,Math.ceil(e.durationSeconds))/3600}function tt(e,t,n,o,r){let i=[],a=[],s=[];for(let c of e){if(c.copies<=0)continue;let u=_t(t,n,c.type.name,o);if(!u){a.push(c);continue}if(o==="spot"){let h=Ge(t,n,c.type.name),y=h?h.usdPerHour*(r.bidPercentage??100)/100:void 0;if(y!==void 0&&u.usdPerHour>y+1e-12){s.push({type:c.type.name,spotUsdPerHour:u.usdPerHour,capUsdPerHour:y});continue}}let p=r.jobs===void 0?Lt({usdPerHour:u.usdPerHour,copies:c.copies,durationSeconds:r.durationSeconds}):qt({usdPerHour:u.usdPerHour,copies:c.copies,instanceVcpus:c.type.vcpus,durationSeconds:r.durationSeconds,jobs:r.jobs,...r.maxvCpus!==void 0?{maxvCpus:r.maxvCpus}:{}}).perJobUsd,l=o==="spot"?lr(t,n,c.type.name):void 0;i.push({fit:c,price:u,costPerJobUsd:p,...l!==void 0?{band:l}:{}})}return{priced:i,unpriced:a,aboveCap:s}}var Sn=(e,t)=>e.costPerJobUsd-t.costPerJobUsd||e.price.usdPerHour-t.price.usdPerHour||e.fit.type.name.localeCompare(t.fit.type.name),fc=Dt.length,$t=e=>e.band??fc,Er=e=>e.band===void 0?"no interruption data":`interruption ${Dt[e.band]}`,hc=e=>`$${Number(e.toPrecision(3))}`;function nt(e,t,n,o){let r=e.filter(E=>!E.fit.withinMargin),i=r.length>0?r:e;if(i.length===0)return;let a=(n??"BEST_FIT").toUpperCase(),s=[...i].sort(Sn),c=s[0],u,p=`${i.length} fitting priced type${i.length===1?"":"s"}`;if(a==="SPOT_CAPACITY_OPTIMIZED")c=[...i].sort((E,P)=>$t(E)-$t(P)||Sn(E,P))[0],u=`SPOT_CAPACITY_OPTIMIZED launches from the deepest Spot pools: ${c.fit.type.name} has the lowest interruption band of the ${p} (${Er(c)}, AWS Spot Instance Advisor, used as the capacity signal), then the lowest cost per job`;else if(a==="SPOT_PRICE_CAPACITY_OPTIMIZED"){let E=Math.min(...i.map($t)),P=i.filter(I=>$t(I)<=E+1).sort(Sn);c=P[0],u=`SPOT_PRICE_CAPACITY_OPTIMIZED weighs capacity and price: ${c.fit.type.name} is the lowest cost per job among the ${P.length} of ${p} within one interruption band of the deepest pools (${Er(c)}, AWS Spot Instance Advisor, used as the capacity signal)`}else a==="BEST_FIT_PROGRESSIVE"?u=`BEST_FIT_PROGRESSIVE starts with the lowest cost per job, ${c.fit.type.name}, of the ${p}, and adds larger or other types when it lacks capacity (range shown)`:u=`BEST_FIT launches the lowest cost per job, ${c.fit.type.name}, of the ${p}, and waits for more of it rather than launching another type${n?"":" (BEST_FIT is the default)"}`;let l=t.filter(E=>E.type.vcpus<=c.fit.type.vcpus).map(E=>E.type.name);if(o==="on-demand"&&l.length>0&&a.startsWith("BEST_FIT"))return`unpriced: ${l.slice(0,4).join(", ")}${l.length>4?", ...":""} fit${l.length===1?"s":""} and ${l.length===1?"has":"have"} no On-Demand price in the catalog; ${a} may launch ${l.length===1?"it":"them"}, so no other size is priced in ${l.length===1?"its":"their"} place`;let h=s[0],y=s[s.length-1],A=a==="BEST_FIT"||i.length<2?null:{lowUsd:h.costPerJobUsd,highUsd:y.costPerJobUsd,lowInstanceType:h.fit.type.name,highInstanceType:y.fit.type.name,types:i.length};return{chosen:c,range:A,choice:`${u}; ${hc(c.price.usdPerHour)}/h, ${c.fit.copies} per instance`,unpriced:t.map(E=>E.type.name)}}var Ar=new WeakMap;function qe(e){let t=typeof e=="object"&&e!==null?Ar.get(e):void 0;if(t)return t;let n=gc(e);return typeof e=="object"&&e!==null&&Ar.set(e,n),n}function gc(e){let t=b({data:e}),n=L(t.timeout)||L(t.attemptDurationSeconds),o=d(t.attemptDurationSeconds),r=d(t.retry.attempts),i=t.containers.find(c=>c.path.length===1&&c.path[0]==="containerProperties"),a=i?d(i.cpuArchitecture):void 0,s=i?d(i.ephemeralStorageGiB):void 0;return{...o!==void 0&&o>0?{attemptDurationSeconds:o}:{},timeoutUnknown:n,attempts:r!==void 0&&Number.isInteger(r)&&r>=1&&r<=10?r:1,architecture:a?.toUpperCase()==="ARM64"?"arm64":"x86_64",...s!==void 0&&s>0?{ephemeralStorageGiB:s}:{},retriesSpotReclaim:t.retry.retriesSpotReclaim===!0}}function Vt(e){return qe(e).retriesSpotReclaim}var wn=10;function zt(e,t,n=wn){let o=e.memoryMiB?.value;if(o===void 0||o<=0||t.copies<=0)return;let r=t.copies+1,i=e.vcpus?.value;if(i!==void 0&&i>0&&Math.floor(t.availableVcpus/i+1e-9)<r)return;let a=e.gpus?.value;if(a!==void 0&&a>0&&Math.floor(t.gpus/a)<r)return;let s=Math.floor(t.availableMiB/r);if(!(s<=0||s>=o)&&!((o-s)*100/o>n))return{memoryMiB:s,copies:t.copies,nextCopies:r}}function Jt(e,t,n){let o=Ge(e,t,n),r=vn(e,t,n);return o&&r&&r.usdPerHour<o.usdPerHour?{onDemand:o,spot:r}:void 0}function Rr(e){return(e.gpu?.count??0)>0}function Pr(e,t,n,o,r){let i=ue(),a=t==="arm64"?hn:Nt,s;for(let c of a)for(let u of i.familyMembers(c)){if(u.metal)continue;let p=Ye(e,u,r);if(p.copies<=0||p.withinMargin)continue;let l=Ge(n,o,u.name);if(!l)continue;let h=l.usdPerHour/p.copies;(!s||l.usdPerHour<s.usdPerHourPerCopy*s.copies)&&(s={type:u.name,usdPerHourPerCopy:h,copies:p.copies})}return s}var Tn=e=>e>=100?`$${e.toFixed(0)}`:e>=1?`$${e.toFixed(2)}`:`$${e.toPrecision(2)}`,Wt=e=>Number(e.toPrecision(6)),Sr=3600;function wr(e,t,n){let o=[],r=ue(),i=n.placement?.memoryModel??X,a=new Map(e.byKind.jobDefinition.map(s=>[s.name,s]));for(let s of t){let c=a.get(s.jobDefinition);if(!c||s.costPerJobUsd===null||s.instanceType===null||s.nodes!==1||s.jobsPerInstance===null)continue;let u=r.get(s.instanceType),p=Qe(c.data),l=p?.nodes[0];if(!u||!l||!l.complete)continue;let h=An(s.durationSeconds,60)/3600,y=w=>s.jobsPerMonth===null?null:Wt(w*s.arraySize*s.jobsPerMonth),A={jobDefinition:s.jobDefinition,jobQueue:s.jobQueue,computeEnvironment:s.computeEnvironment},E=qe(c.data).attemptDurationSeconds;if(s.capacity==="on-demand"&&Vt(c.data)&&(s.durationSeconds<Sr||E!==void 0&&E<Sr)){let w=Jt(n.catalog,s.region,s.instanceType);if(w){let oe=s.costPerJobUsd*(1-w.spot.usdPerHour/w.onDemand.usdPerHour);o.push({...A,kind:"use-spot",message:`${s.jobDefinition} retries Spot reclaims and runs under an hour, yet ${s.computeEnvironment} is On-Demand: a SPOT environment would run it on ${s.instanceType} for about ${Tn(oe)} less per job (${w.spot.basis==="spot-estimate"?"Spot price estimated from typical savings":"current Spot price"}).`,savingPerJobUsd:Wt(oe),savingPerMonthUsd:y(oe)})}}let P=Ye(l,u,i,Ct(c.data).orchestration),I=zt(l,P);if(I&&s.usdPerHour!==null){let w=s.costPerJobUsd-s.costPerJobUsd*I.copies/I.nextCopies;o.push({...A,kind:"trim-memory",message:`${s.jobDefinition} asks for ${l.memoryMiB.value} MiB: one ${s.instanceType} holds ${I.copies}; at ${I.memoryMiB} MiB or less it would hold ${I.nextCopies}, saving about ${Tn(w)} per job.`,savingPerJobUsd:Wt(w),savingPerMonthUsd:y(w)})}if(Rr(u)&&!wt(p)&&(s.capacity==="on-demand"||s.capacity==="spot")){let w=Pr(l,u.architecture,n.catalog,s.region,i);if(w){let oe=w.usdPerHourPerCopy*h,Pe=s.costPerJobUsd-oe;Pe>0&&s.capacity==="on-demand"&&o.push({...A,kind:"cpu-job-on-gpu",message:`${s.jobDefinition} asks for no GPU but lands on the GPU type ${s.instanceType}; an environment of Batch's default CPU families would run it on ${w.type} for about ${Tn(Pe)} less per job.`,savingPerJobUsd:Wt(Pe),savingPerMonthUsd:y(Pe)})}}}return o.sort((s,c)=>(c.savingPerMonthUsd??0)-(s.savingPerMonthUsd??0)||(c.savingPerJobUsd??0)-(s.savingPerJobUsd??0))}var dt=new Map([[.25,[512,1024,2048]],[.5,[1024,2048,3072,4096]],[1,[2048,3072,4096,5120,6144,7168,8192]],[2,[4096,5120,6144,7168,8192,9216,10240,11264,12288,13312,14336,15360,16384]],[4,[8192,9216,10240,11264,12288,13312,14336,15360,16384,17408,18432,19456,20480,21504,22528,23552,24576,25600,26624,27648,28672,29696,30720]],[8,[16384,20480,24576,28672,32768,36864,40960,45056,49152,53248,57344,61440]],[16,[32768,40960,49152,57344,65536,73728,81920,90112,98304,106496,114688,122880]],[32,[61440,122880,249856]]]);var Tr=new Set([8,16,32]);var rt={region:M.string(ot,{description:"Region whose prices are used for resources without an ARN (default us-east-1)"})};function be(e,t){let n=typeof t.region=="string"&&t.region!==""?t.region:void 0;return e.region??Be(e.arn)??n??ot}function Ne(e,t,n=Yn(),o=ue()){let r=kt(e,o,{region:t});if(!r)return;let i=T(v(e),"SPOT")?"spot":"on-demand",a=[];for(let s of r.types){let c=_t(n,t,s.name,i);c&&s.vcpus>0&&a.push({type:s,price:c,usdPerVcpuHour:c.usdPerHour/s.vcpus})}return{priced:a,unresolved:r.unresolved.length+(r.types.length-a.length)}}function K(e){return e>=1e3?`$${Math.round(e).toLocaleString("en-US")}`:e>=1?`$${e.toFixed(2)}`:`$${Number(e.toPrecision(2))}`}var Cn=Math.max(...[...dt].map(([e,t])=>Math.max(...t)/1024/e));function Kt(e,t,n,o){let r=v(e);if(W(r))return;let i=d(r.resources.maxvCpus);if(i===void 0||i<=0)return;if(Z(r)){let s=pt(n,t,"x86_64",T(r,"FARGATE_SPOT"));if(!s)return;let c=s.rates.vcpuHour+Cn*s.rates.gbHour;return{maxvCpus:i,usdPerVcpuHour:c,usdPerHour:i*c,what:"Fargate",basis:s.basis}}let a=Ne(e,t,n,o)?.priced.sort((s,c)=>c.usdPerVcpuHour-s.usdPerVcpuHour)[0];if(a)return{maxvCpus:i,usdPerVcpuHour:a.usdPerVcpuHour,usdPerHour:i*a.usdPerVcpuHour,what:a.type.name,basis:a.price.basis}}var Ht=e=>Number(e.toPrecision(6));function In(e,t,n,o){let r=n.filter(s=>s.expectedToRun),i=r.reduce((s,c)=>s+(c.monthlyUsd??0),0),a=o.reduce((s,c)=>s+(c.floor?.monthlyUsd??0),0);return{scope:e,name:t,jobsMonthlyUsd:Ht(i),rowsWithoutMonthly:r.filter(s=>s.monthlyUsd===null).length,idleFloorMonthlyUsd:Ht(a),monthlyUsd:Ht(i+a),worstCaseBurnUsdPerHour:Ht(o.reduce((s,c)=>s+(c.burn?.usdPerHour??0),0))}}function Qt(e,t){let n=new Map;for(let o of e)for(let r of t(o)){let i=n.get(r);i?i.push(o):n.set(r,[o])}return n}function Cr(e,t){let n=[],o=Qt(e,s=>[s.jobQueue]),r=Qt(t,s=>[...new Set(s.queues)]);for(let s of[...new Set([...o.keys(),...r.keys()])].sort())n.push(In("queue",s,o.get(s)??[],r.get(s)??[]));let i=Qt(e,s=>[s.file]),a=Qt(t,s=>[s.file]);for(let s of[...new Set([...i.keys(),...a.keys()])].sort())n.push(In("file",s,i.get(s)??[],a.get(s)??[]));return n.push(In("run","all input",e,t)),n}function Nn(e,t){let n;for(let o of e){let r=Math.ceil(t/o.type.vcpus),i=r*o.price.usdPerHour;(!n||i<n.usdPerHour-1e-12||Math.abs(i-n.usdPerHour)<=1e-12&&r<n.instances)&&(n={type:o,instances:r,usdPerHour:i})}return n}var Ir=e=>Number(e.toPrecision(6));function xr(e,t,n){let o=v(e);if(W(o)||!T(o,"EC2","SPOT"))return;let{minvCpus:r,desiredvCpus:i}=o.resources,a={computeEnvironment:e.name,file:e.source.document.file,region:t,instanceType:null,instances:0,usdPerHour:null,monthlyUsd:null,priceBasis:null},s=y=>y.certainty==="unknown"&&!y.invalid||y.certainty==="maybeAbsent";if(s(r)||s(i))return{...a,vCpus:null,from:"minvCpus",note:"minvCpus or desiredvCpus is set at deploy time, so the idle floor is not known"};let c=Math.max(0,d(r)??0),u=Math.max(0,d(i)??0),p=Math.max(c,u),l=p===0?"none":u>c?"desiredvCpus":"minvCpus";if(p===0)return{...a,vCpus:p,from:l,usdPerHour:0,monthlyUsd:0};let h=Nn(Ne(e,t,n)?.priced??[],p);return h?{...a,vCpus:p,from:l,instanceType:h.type.type.name,instances:h.instances,usdPerHour:Ir(h.usdPerHour),monthlyUsd:Ir(h.usdPerHour*730),priceBasis:h.type.price.basis}:{...a,vCpus:p,from:l,note:`no price in the catalog for ${t} for the types the environment may launch; use --live-pricing`}}var yc=["on-demand","spot","fargate","fargate-spot"],bc=e=>typeof e=="object"&&e!==null&&!Array.isArray(e);function Nr(e){let t=(e.sources??[]).filter(bc);return yc.map(n=>{let o=e.fargate.spotDiscount;if(n==="fargate-spot"&&o&&Object.keys(e.fargate.spot).length===0){let i=t.find(a=>Array.isArray(a.figures)&&a.figures.includes("fargate"));return{kind:n,source:`estimate: ${o.upToPercent}% off the Fargate On-Demand rates (${o.source})`,date:String(i?.date??e.date)}}let r=t.filter(i=>Array.isArray(i.figures)&&i.figures.includes(n));return r.length===0||e.source.includes(", over ")?{kind:n,source:e.source,date:e.date}:{kind:n,source:r.map(i=>String(i.what??i.id??"")).join("; "),date:[...new Set(r.map(i=>String(i.date??"")))].join("; ")}})}var ot="us-east-1",kr=3600,vc={EC2:"on-demand",SPOT:"spot",FARGATE:"fargate",FARGATE_SPOT:"fargate-spot"};function Ec(e,t){return t.find(n=>Ft(n.jobDefinition,e.jobDefinition)&&Ft(n.jobQueue,e.queue.queue))}function Ac(e,t){let n=Ec(e,t.workloads??[]),o=t.durationSeconds??n?.typicalDurationSeconds??kr,r=t.durationSeconds!==void 0?"--duration":n?.typicalDurationSeconds!==void 0?"workload":"default",i=t.arraySize??n?.arraySize??e.declared?.arraySize??1,a=t.jobsPerMonth??(n?.jobsPerDay!==void 0?n.jobsPerDay*En:null);return{durationSeconds:o,durationFrom:r,arraySize:i,jobsPerMonth:a}}var ce=e=>e===null?null:Number(e.toPrecision(6));function Rc(e,t,n,o,r,i,a){let s=n.environment;if(!s||n.status!=="instances"&&n.status!=="fargate")return;let c=n.platform?.provisioning,u=c?O(vc,c):void 0;if(!u)return;let p=e.jobDefinition,l=qe(p.data),h=a.region??n.region??ot,y=v(s).resources,A=d(y.allocationStrategy),E=[],P={jobDefinition:p.name,jobQueue:e.queue.queue.name,computeEnvironment:s.name,region:h,capacity:u,instanceType:null,jobsPerInstance:null,durationSeconds:i.durationSeconds,costPerJobUsd:null,worstCasePerSubmissionUsd:null,monthlyUsd:null,allocationStrategy:u.startsWith("fargate")?null:A??null,choice:"",usdPerHour:null,priceBasis:null,nodes:o?r??0:1,arraySize:i.arraySize,costPerSubmissionUsd:null,jobsPerMonth:i.jobsPerMonth===null?null:ce(i.jobsPerMonth),worstCase:l.timeoutUnknown?"unknown":l.attemptDurationSeconds===void 0?"unbounded":"bounded",range:null,pairing:t,file:p.source.document.file,environmentFile:s.source.document.file,expectedToRun:!1,idleFloorMonthlyUsd:null,notes:E},I=`--live-pricing (or --catalog FILE from \`batchlint pricing update --region ${h}\`)`,w=Math.min(i.durationSeconds,l.attemptDurationSeconds??1/0),oe;if(n.status==="fargate"){let Fe=n.nodes[0]?.node,Ae=Fe?.vcpus?.value,Re=Fe?.memoryMiB?.value;if(P.choice="Fargate bills the vCPU and memory the job asks for",P.jobsPerInstance=1,Ae===void 0||Re===void 0)E.push("the job definition does not state both VCPU and MEMORY, so the Fargate task size is not known");else{let Se=l.ephemeralStorageGiB??20;P.fargateSize={vcpus:Ae,memoryMiB:Re,ephemeralStorageGiB:Se,architecture:l.architecture};let V=pt(a.catalog,h,l.architecture,u==="fargate-spot"),S=!V&&u==="fargate-spot"?fr(a.catalog,h,l.architecture):void 0;if(S){V=S.low;let _={vcpus:Ae,memoryMiB:Re,ephemeralStorageGiB:Se},re=Ut(S.low,_,w),je=Ut(S.high,_,w);P.fargateSpotRange={lowUsd:ce(re),highUsd:ce(je),upToPercent:S.upToPercent,source:S.source},E.push(`estimate: Fargate Spot has no fixed published rate; priced at the advertised ${S.upToPercent}% off the Fargate On-Demand ${l.architecture} rate (source: ${S.source}); the bill lies between this and the On-Demand rate`)}if(!V)E.push(u==="fargate-spot"?`no Fargate Spot rate for ${h} in the catalog: Fargate Spot has no fixed published rate (AWS says up to 70% off On-Demand); use ${I}`:`no Fargate ${l.architecture} rate for ${h} in the catalog; use ${I}`);else if(Se>20&&V.ephemeralStorageGbHour===void 0)E.push(`no price for the ${Se-20} GiB of ephemeral storage above the 20 GiB included; use ${I}`);else{if(P.priceBasis=V.basis,V.basis==="fargate-estimate"||S&&S.high.basis==="fargate-estimate"){let _=O(a.catalog.fargate.onDemandEstimate,h)?.ratio;E.push(`estimate: no listed Fargate rate for ${h} in the catalog; the us-east-1 rate x ${_??"?"} (the Region's EC2 On-Demand price ratio), an estimate whose error cannot be measured offline; use ${I} for the listed rate`)}oe=_=>Ut(V,{vcpus:Ae,memoryMiB:Re,ephemeralStorageGiB:Se},_),P.usdPerHour=ce(oe(3600)),u==="fargate-spot"&&Se>20&&!O(a.catalog.fargate.spot,h)?.ephemeralStorageGbHour&&E.push("extra ephemeral storage priced at the Fargate On-Demand storage rate")}}}else{let Fe=u==="spot"?"spot":"on-demand",Ae=d(y.bidPercentage),Re=u==="spot"&&Ae!==void 0&&Ae>0&&Ae<=100?Ae:void 0,Se=n.nodes.filter(S=>S.node.nodes>0||!o),V=[];for(let S of Se){let _={durationSeconds:w,jobs:o?1:i.arraySize,...n.maxvCpus!==void 0?{maxvCpus:n.maxvCpus}:{},...Re!==void 0?{bidPercentage:Re}:{}},re=o?S.candidates.map(fe=>({...fe,copies:Math.min(fe.copies,1)})):S.candidates,{priced:je,unpriced:Vn,aboveCap:$e}=tt(re,a.catalog,h,Fe,_),U=nt(je,Vn,A,Fe);if(typeof U=="string"||!U){if(typeof U=="string")E.push(`${U}; use ${I}`);else if(S.candidates.length===0)E.push(`no instance type the environment may launch holds the job (${S.node.label}); see \`batchlint explain\``);else if($e.length>0&&Vn.length<S.candidates.length){let fe=$e.sort((zn,Jn)=>zn.spotUsdPerHour/zn.capUsdPerHour-Jn.spotUsdPerHour/Jn.capUsdPerHour)[0];E.push(`will rarely launch: the typical Spot price of every fitting type is above the bid cap (bidPercentage ${Re??100}% of On-Demand; e.g. ${fe.type} ~$${Number(fe.spotUsdPerHour.toPrecision(3))}/h against a cap of $${Number(fe.capUsdPerHour.toPrecision(3))}/h), so no price is given; raise or remove bidPercentage (AWS recommends leaving it empty)`),P.rarelyLaunches=!0}else E.push(`no ${Fe==="spot"?"Spot":"On-Demand"} price in the catalog for ${h} for any of the ${S.candidates.length} fitting types (${S.candidates.slice(0,4).map(fe=>fe.type.name).join(", ")}${S.candidates.length>4?", ...":""}); use ${I}`);V.length=0;break}$e.length>0&&E.push(`${$e.length} fitting type(s) have a typical Spot price above the bid cap (bidPercentage ${Re??100}%) and will rarely launch; not priced (${$e.slice(0,4).map(fe=>fe.type).join(", ")}${$e.length>4?", ...":""})`),U.unpriced.length>0&&E.push(`unpriced: ${U.unpriced.length} fitting type(s) have no ${Fe==="spot"?"Spot":"On-Demand"} figure in the catalog for ${h} and were not considered (${U.unpriced.slice(0,4).join(", ")}${U.unpriced.length>4?", ...":""}); use ${I}`),U.chosen.price.detail&&E.push(`${U.chosen.fit.type.name}: ${U.chosen.price.detail}`),P.choice=U.choice,P.priceBasis=U.chosen.price.basis,o||(P.range=U.range?{...U.range,lowUsd:ce(U.range.lowUsd),highUsd:ce(U.range.highUsd)}:null),V.push({node:S.node,usdPerHour:U.chosen.price.usdPerHour,type:U.chosen.fit.type.name,copies:U.chosen.fit.copies,vcpus:U.chosen.fit.type.vcpus})}if(V.length>0)if(P.instanceType=[...new Set(V.map(S=>S.type))].join(", "),P.jobsPerInstance=V[0].copies,P.usdPerHour=ce(V.reduce((S,_)=>S+_.usdPerHour*(o?_.node.nodes:1),0)),o){let S=V.reduce((_,re)=>_+re.usdPerHour*re.node.nodes,0);oe=_=>S*Math.max(60,Math.ceil(_))/3600,E.push(`multinode: ${V.map(_=>`${_.node.nodes} x ${_.type}`).join(" + ")}, one node per instance`)}else{let S=V[0],_=je=>qt({usdPerHour:S.usdPerHour,copies:S.copies,instanceVcpus:S.vcpus,durationSeconds:je,jobs:i.arraySize,...n.maxvCpus!==void 0?{maxvCpus:n.maxvCpus}:{}});oe=je=>_(je).perJobUsd;let re=_(w);P.packing={instances:re.instances,waves:re.waves,billedSecondsPerInstance:re.billedSeconds,packedUsd:ce(Lt({usdPerHour:S.usdPerHour,copies:S.copies,durationSeconds:w})),onePerInstanceUsd:ce(vr({usdPerHour:S.usdPerHour,durationSeconds:w})),headline:i.arraySize>1?`the array of ${i.arraySize} packed on its own: ${re.instances} x ${S.type}${re.waves>1?` running ${re.waves} waves each`:""}, ${S.copies} per instance, 60-second minimum per instance launch`:"a lone job: it pays a whole instance (and the whole 60-second minimum) unless other jobs share it"}}}if(i.durationFrom==="default"&&E.push(`no duration given: ${mt(kr)} assumed (set --duration or the workload's typicalDurationSeconds)`),w<i.durationSeconds&&(E.push(`duration capped at the job's timeout, ${mt(w)} (timeout.attemptDurationSeconds)`),P.durationSeconds=w),!oe)return P;let Pe=oe(w);return P.costPerJobUsd=ce(Pe),P.costPerSubmissionUsd=ce(Pe*i.arraySize),l.attemptDurationSeconds!==void 0&&(P.worstCasePerSubmissionUsd=ce(oe(l.attemptDurationSeconds)*l.attempts*i.arraySize)),i.jobsPerMonth!==null&&(P.monthlyUsd=ce(Pe*i.arraySize*i.jobsPerMonth)),P}function Pc(e,t,n){let o=[];for(let r of t.graph.pairingsOf(e)){let i=Ot(e,r.queue,t.graph,{...n.placement,...n.region?{region:n.region}:{}}),a=i.requirements;if(!a)continue;let s=Ac(r,n),c=!1,u;for(let p of i.environments){let l=Rc(r,u??=x(r),p,a.multinode,a.numNodes,s,n);l&&(!c&&p.verdict!=="none"&&(l.expectedToRun=!0,c=!0),o.push(l))}}return o}function Sc(e,t){return t.region??e.region??Be(e.arn)??ot}function dl(e,t){let n=[],o=new Set,r=(u,p,l)=>{try{return l()}catch(h){return h instanceof et?(o.has(h.stage)||n.push({stage:h.stage,jobDefinition:null,message:Bt(h.original)}),o.add(h.stage)):n.push({stage:u,jobDefinition:p,message:Bt(h)}),[]}},i=e.byKind.jobDefinition.flatMap(u=>r("cost estimate",u.name,()=>Pc(u,e,t))),a=r("cost environments",null,()=>e.byKind.computeEnvironment.map(u=>{let p=Sc(u,t),l=xr(u,p,t.catalog),h=Kt(u,p,t.catalog);return{name:u.name,file:u.source.document.file,queues:e.graph.queuesUsing(u).map(y=>y.queue.name),...l?{floor:l}:{},...h?{burn:h}:{}}})),s=new Map(a.map(u=>[`${u.file}|${u.name}`,u.floor]));for(let u of i)u.idleFloorMonthlyUsd=s.get(`${u.environmentFile}|${u.computeEnvironment}`)?.monthlyUsd??null;let c=[`Prices: ${t.catalog.source}, ${t.catalog.date}${t.livePricing?"":" (offline snapshot; --live-pricing asks AWS)"}. USD, Linux, shared tenancy.`,`Region: ${t.region??`each environment's ARN, else ${ot}`}.`,"EC2 (On-Demand and Spot) is billed per second with a 60-second minimum per instance launch. A job's cost is the instance-seconds it occupies: the submission (an array's children together) packed on the instances it launches, as many copies per instance as vCPUs, memory after the ECS reserve and GPUs allow (docs/placement.md), at most maxvCpus at once, running in waves. A lone job pays a whole instance; the range runs from fully packed (other jobs fill every slot) to one job per instance.","Fargate is billed for the vCPU and memory the job asks for, per second with a 1-minute minimum; 20 GiB of ephemeral storage are included.","Multinode jobs: one instance per node, x the number of nodes. Array jobs: x the array size.","Worst case per submission: timeout.attemptDurationSeconds x retryStrategy.attempts (x array size); unbounded without a timeout.",`Monthly: jobs per month (--jobs-per-month, or the workload's jobsPerDay x ${En.toFixed(2)}) x cost per submission. The idle floor (minvCpus, or desiredvCpus where set, in whole instances around the clock) is its own line, once per environment, and totals include it.`,"Totals count each pairing on the environment expected to run it: the first in the queue's order that can hold the job.","Spot figures marked as estimates are On-Demand less the typical saving the Spot Instance Advisor shows, not market prices; no Spot figure is above the bidPercentage cap. EBS volumes, data transfer and logs are not included."];return{catalog:{source:t.catalog.source,date:t.catalog.date},priceSources:Nr(t.catalog),assumptions:c,estimates:i,idleFloors:a.flatMap(u=>u.floor?[u.floor]:[]),environmentBurns:a.flatMap(u=>u.burn?[{computeEnvironment:u.name,file:u.file,usdPerHour:Number(u.burn.usdPerHour.toPrecision(6))}]:[]),totals:Cr(i,a),recommendations:r("cost recommendations",null,()=>wr(e,i,t)),...n.length>0?{failures:n}:{}}}function m(e){let t=e.options,n=t&&Object.keys(t).length>0?{defaultOptions:zo(t),optionsSchema:Vo(t)}:{};return{...e,...n}}var Fr=m({id:"parse-error",title:"File cannot be parsed",category:"run",severity:"error",description:"A file that is not valid JSON or YAML (syntax error, duplicate key, tab indentation, binary or non-UTF-8 content, or over a size or nesting limit).",helpUri:"https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-skeleton.html",docs:{rationale:"A configuration that cannot be parsed cannot be deployed, and a duplicate key silently loses one of its values.",fix:"Fix the syntax at the reported line and column. The other files are linted regardless.",bad:'{ "jobDefinitionName": "etl", "type": "container", }',good:'{ "jobDefinitionName": "etl", "type": "container" }',examplesFormat:"json"},appliesTo:[],messages:{problem:"{{problem}}"}});var jr=m({id:"unrecognized-file",title:"No AWS Batch configuration in a file named explicitly",category:"run",severity:"error",description:"A file named on the command line holds no job definition, compute environment, job queue or scheduling policy that batchlint recognises.",helpUri:"https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-skeleton.html",docs:{rationale:"Files found by searching a directory are skipped silently when they are not Batch configurations (package.json, tsconfig.json); a file you name yourself is expected to be one, so silence would hide a mistake.",fix:"Check the path, or the shape: batchlint reads register-job-definition / create-* inputs, describe-* outputs and bundles with the keys jobDefinitions, computeEnvironments, jobQueues, schedulingPolicies.",bad:`jobDefinitions:
  - type: container
    containerProperties:
      image: my-image:1.0`,good:`jobDefinitions:
  - jobDefinitionName: etl
    type: container
    containerProperties:
      image: my-image:1.0`},appliesTo:[],messages:{nothing:"No AWS Batch job definition, compute environment, job queue or scheduling policy found in this file.",stray:'Entry {{index}} of "{{list}}" is not a {{kind}} (it has no {{nameKey}}); it was not linted.'}});var Or=m({id:"unused-suppression",title:"Suppression that suppresses nothing",category:"run",severity:"note",description:"A `batchlint:ignore` tag, a `# batchlint-disable` comment, template metadata or a config-file ignore names a rule that reports nothing there, or names no rule that exists.",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/tag-resources.html",docs:{rationale:"A suppression outlives the problem it excused: once the configuration is fixed (or the rule renamed), it silently waits to hide the next real finding. Reporting it keeps suppressions honest. It is reported only when the rule it names ran, so `--rule` never makes other suppressions look unused.",fix:"Remove the suppression, or correct the rule id. Turn the check off with `rules: { unused-suppression: off }` in the config file.",bad:`jobDefinitionName: etl
type: container
timeout: { attemptDurationSeconds: 3600 }
tags:
  batchlint:ignore: missing-timeout   # there is a timeout: nothing to suppress`,good:`jobDefinitionName: etl
type: container
tags:
  batchlint:ignore: missing-timeout   # this job really has no time limit`},appliesTo:[],messages:{unused:'This {{what}} suppresses "{{rule}}", which reports nothing here; remove it.',unknownRule:'This {{what}} names "{{rule}}", which is not a batchlint rule{{hint}}; it suppresses nothing.',noRule:"This {{what}} names no rule; write the rule ids it silences (batchlint rules lists them)."}});var Mr=m({id:"audit-read-failed",title:"Region or account could not be read",category:"run",severity:"error",description:"A region (or a whole account, when its role cannot be assumed) could not be read, or was read only in part, so some of its resources were not linted.",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/batch-supported-iam-actions-resources.html",docs:{rationale:"An audit that silently skips a region reports a clean account that was never checked. Each such finding says which Regions were read completely, in part and not at all; throttling, server errors and unreadable answers are retried first, and a Region that does not answer within --timeout (per request) or --region-timeout does not hold up the others.",fix:"Grant the read-only actions listed in docs/audit.md (batch:Describe*, batch:ListSchedulingPolicies) and, for --accounts, a role the caller may assume in each account; check the endpoint and the network path, or raise --timeout / --region-timeout for a slow one."},appliesTo:[],messages:{region:"Cannot read AWS Batch in {{where}}: {{reason}}. Nothing was read there. {{overview}}",regionInPart:"AWS Batch in {{where}} was read only in part: {{missing}}. Read in full there: {{complete}}. What was read is linted, without the checks of references between resources. {{overview}}",account:"Cannot assume {{role}}: {{reason}}. No region of account {{account}} was audited. {{overview}}"}});var Dr=m({id:"audit-region-not-enabled",title:"Region not enabled for the account",category:"run",severity:"note",description:"With --all-regions, an opt-in region that rejects the credentials that work in the other regions: it is not enabled for the account, so it holds no Batch resources.",helpUri:"https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-regions.html",docs:{rationale:"Regions introduced after 20 March 2019 are disabled until enabled for the account, and credentials are not accepted there; this is expected, not a failure of the audit.",fix:"Nothing, or audit only the regions you use with --region."},appliesTo:[],messages:{notEnabled:"{{where}} rejects credentials that work in the other regions ({{reason}}): an opt-in region not enabled for the account, nothing to audit there."}});var _r=[Fr,jr,Or],Ur=[Mr,Dr];var Br=["jobDefinition","computeEnvironment","jobQueue","schedulingPolicy"],Gr={jobDefinition:"job definition",computeEnvironment:"compute environment",jobQueue:"job queue",schedulingPolicy:"scheduling policy"};var wc="https://docs.aws.amazon.com/batch/latest/APIReference/API_Operations.html";function ve(e,t,n,o,r,i){return m({id:e,title:n,category:"schema",severity:"error",description:o,helpUri:wc,docs:i,appliesTo:Br,messages:{issue:r,withSuggestion:`${r} Did you mean "{{suggestion}}"?`},check(a,s){for(let c of s.schemaIssues())c.kind===t&&s.report({messageId:c.data.suggestion?"withSuggestion":"issue",data:c.data,path:c.path,key:c.key})}})}var qr=ve("schema-unknown-property","unknown-property","Unknown property",'A property that the AWS Batch API does not define (often a typo): the API call fails with "Unknown parameter".','Unknown property "{{property}}"{{parent}}: the AWS Batch API does not accept it.',{rationale:"The AWS CLI and SDKs validate requests against the API model and reject unknown parameters; a misspelt optional field (`retryStratgy`) would otherwise silently do nothing in tools that drop it.",fix:"Correct the spelling or remove the property. The message suggests the closest known property.",bad:`jobDefinitionName: etl
type: container
retryStratgy:
  attempts: 3`,good:`jobDefinitionName: etl
type: container
retryStrategy:
  attempts: 3`,peers:["cfn-lint E3002"]});var Lr=ve("schema-type","type","Wrong value type","A value of the wrong JSON type (a number where the API wants a string, a list where it wants an object).",'"{{property}}" must be {{expected}}, not {{actual}}.',{rationale:"The API rejects a request whose values do not have the types of its model; `resourceRequirements[].value` is a string even for numbers.",fix:"Write the value with the type the API expects (quote numbers where a string is expected).",bad:`jobDefinitionName: etl
type: container
containerProperties:
  resourceRequirements:
    - type: VCPU
      value: 2`,good:`jobDefinitionName: etl
type: container
containerProperties:
  resourceRequirements:
    - type: VCPU
      value: "2"`,peers:["cfn-lint E3012"]});var $r=ve("schema-enum","enum","Value not allowed","A value outside the set the AWS Batch API allows for that field.",'{{value}} is not a valid "{{property}}"; allowed: {{allowed}}.',{rationale:"Enumerated fields (type, state, allocationStrategy, resource types, ...) accept only the values of the API model.",fix:"Use one of the listed values.",bad:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: SPOTT
  maxvCpus: 256`,good:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: SPOT
  maxvCpus: 256`,peers:["cfn-lint E3030"]});var Vr=ve("schema-range","range","Value out of range","A number, string length or list length outside the range AWS documents (for example retryStrategy.attempts 1-10, timeout at least 60 s).",'"{{property}}" must {{expected}}.',{rationale:"AWS rejects values outside the documented ranges: attempts 1-10, attemptDurationSeconds >= 60, at most 5 evaluateOnExit entries, at most 3 compute environments per queue, names of 1-128 letters, digits, - and _.",fix:"Bring the value into the documented range.",bad:`jobDefinitionName: etl
type: container
timeout:
  attemptDurationSeconds: 30`,good:`jobDefinitionName: etl
type: container
timeout:
  attemptDurationSeconds: 3600`,peers:["cfn-lint E3034","cfn-lint E3033"]});var zr=ve("schema-required","required","Missing required property","A property the AWS Batch API requires is missing.",'Missing required property "{{property}}"{{parent}}.',{rationale:"The API rejects a request without its required fields (a job definition needs jobDefinitionName and type; a queue needs jobQueueName and priority).",fix:"Add the property.",bad:`jobQueueName: high
computeEnvironmentOrder: []`,good:`jobQueueName: high
priority: 1
computeEnvironmentOrder: []`,peers:["cfn-lint E3003"]});var Jr=m({id:"template-missing-reference",title:"Reference to an undeclared logical id",category:"schema",severity:"error",description:"A CloudFormation `Ref`, `Fn::GetAtt` or `Fn::Sub` placeholder names a logical id that is neither a parameter, a resource of the template nor a pseudo parameter.",helpUri:"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-ref.html",docs:{rationale:'CloudFormation rejects the whole template ("Unresolved resource dependencies [X] in the Resources block of the template"); a typo in `!Ref SpotCE` also leaves the queue wired to nothing. Templates with a Transform (SAM, macros) are not checked: transforms add resources at deploy time.',fix:"Correct the logical id, or declare the parameter or resource it names.",bad:`Resources:
  SpotCE:
    Type: AWS::Batch::ComputeEnvironment
    Properties:
      Type: MANAGED
      ComputeResources: { Type: SPOT, MaxvCpus: 64, InstanceTypes: [m5], Subnets: [subnet-1] }
  Queue:
    Type: AWS::Batch::JobQueue
    Properties:
      Priority: 1
      ComputeEnvironmentOrder:
        - Order: 1
          ComputeEnvironment: !Ref SpotCEE`,good:`Resources:
  SpotCE:
    Type: AWS::Batch::ComputeEnvironment
    Properties:
      Type: MANAGED
      ComputeResources: { Type: SPOT, MaxvCpus: 64, InstanceTypes: [m5], Subnets: [subnet-1] }
  Queue:
    Type: AWS::Batch::JobQueue
    Properties:
      Priority: 1
      ComputeEnvironmentOrder:
        - Order: 1
          ComputeEnvironment: !Ref SpotCE`,peers:["cfn-lint E1012","cfn-lint E1010","cfn-lint E1019"]},appliesTo:[],messages:{missing:'{{fn}} refers to "{{target}}", which is not a parameter, resource or pseudo parameter of this template.'}});var Tc=["containerProperties","ecsProperties","eksProperties"];function kn(e){return e.certainty==="known"&&!(F(e.value)&&Object.keys(e.value).length===0)}var Wr=m({id:"job-definition-shape",title:"Job definition without its one properties block, or with several",category:"schema",severity:"error",description:"A job definition breaks the rules of its top-level blocks: a `container` job needs exactly one of containerProperties, ecsProperties or eksProperties; a `multinode` job needs nodeProperties; the four are mutually exclusive; and eksProperties cannot be combined with platformCapabilities or propagateTags.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_RegisterJobDefinition.html",docs:{rationale:'RegisterJobDefinition, for `type`: "If the value is container, then one of the following is required: containerProperties, ecsProperties, or eksProperties. If the value is multinode, then nodeProperties is required"; a job run on Amazon EKS resources must not specify platformCapabilities, nor propagateTags; containerProperties, ecsProperties, eksProperties and nodeProperties are mutually exclusive ([API:RegisterJobDefinition], [API:JobDefinition]). The JSON Schemas cannot say "exactly one of", so a job definition with none or two of them passes schema validation and is refused by AWS. Empty blocks (`{}`, as describe outputs and plans show unset ones) and blocks from a variable or a condition are not counted as written.',fix:"Keep exactly one block: containerProperties (or ecsProperties, or eksProperties) with type container, nodeProperties with type multinode; drop platformCapabilities and propagateTags from EKS job definitions.",bad:`jobDefinitionName: etl
type: container
platformCapabilities: [EC2]
retryStrategy: {attempts: 2}`,good:`jobDefinitionName: etl
type: container
platformCapabilities: [EC2]
retryStrategy: {attempts: 2}
containerProperties:
  image: public.ecr.aws/docker/library/busybox:1.36
  resourceRequirements:
    - {type: VCPU, value: "1"}
    - {type: MEMORY, value: "2048"}`},appliesTo:["jobDefinition"],messages:{none:"This container job definition has none of containerProperties, ecsProperties or eksProperties; AWS requires exactly one.",nodesOnContainer:"nodeProperties belongs to type multinode, but this job definition has type container and no containerProperties, ecsProperties or eksProperties.",noNodes:"This multinode job definition has no nodeProperties, which type multinode requires.",several:"{{second}} cannot be given with {{first}}: a job definition has exactly one of containerProperties, ecsProperties, eksProperties and nodeProperties.",eksWith:"{{field}} cannot be given with eksProperties: jobs on Amazon EKS take neither platformCapabilities nor propagateTags."},check(e,t){let n=b(e),o=n.blocks,r=Go.filter(a=>kn(o[a]));if(r.length>=2)t.report({messageId:"several",data:{first:r[0],second:r[1]},path:o[r[1]].path,key:!0});else{let a=d(n.type);if(a==="container"&&Tc.every(s=>o[s].certainty==="absent")){let s=kn(o.nodeProperties);t.report({messageId:s?"nodesOnContainer":"none",path:s?o.nodeProperties.path:n.type.path,key:s})}else a==="multinode"&&o.nodeProperties.certainty==="absent"&&t.report({messageId:"noNodes",path:n.type.path})}if(!kn(o.eksProperties))return;let i=d(n.platform.capabilities);i!==void 0&&i.length>0&&t.report({messageId:"eksWith",data:{field:"platformCapabilities"},path:n.platform.capabilities.path,key:!0}),d(n.propagateTags)===!0&&t.report({messageId:"eksWith",data:{field:"propagateTags"},path:n.propagateTags.path,key:!0})}});var Cc="AWS_BATCH",Kr=m({id:"environment-reserved-name",title:"Environment variable with the reserved AWS_BATCH prefix",category:"schema",severity:"warning",description:"A container declares an environment variable whose name starts with AWS_BATCH, a prefix Batch reserves for the variables it sets itself (every container kind: containerProperties, node ranges, ecsProperties, eksProperties).",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ContainerProperties.html",docs:{rationale:`The API reference of every container shape says: "Environment variables cannot start with AWS_BATCH. This naming convention is reserved for variables that Batch sets." Batch itself sets AWS_BATCH_JOB_ID, AWS_BATCH_JOB_ATTEMPT, AWS_BATCH_JOB_ARRAY_INDEX, AWS_BATCH_JQ_NAME, AWS_BATCH_CE_NAME and more in each job. Registration does not always refuse such a name (an AWS genomics-workflows sample shows an ACTIVE job definition with AWS_BATCH_JOB_QUEUE), but a name Batch sets is shadowed or overwritten, and any name under the prefix may become one of Batch's. A name with a variable part is reported when its literal start already has the prefix.`,fix:"Rename the variable (for example JOB_QUEUE_ARN instead of AWS_BATCH_JOB_QUEUE); read the values Batch provides (AWS_BATCH_JOB_ID...) from the environment instead of setting them.",bad:`jobDefinitionName: etl
type: container
containerProperties:
  image: public.ecr.aws/docker/library/busybox:1.36
  environment:
    - name: AWS_BATCH_JOB_QUEUE
      value: arn:aws:batch:us-east-1:123456789012:job-queue/etl`,good:`jobDefinitionName: etl
type: container
containerProperties:
  image: public.ecr.aws/docker/library/busybox:1.36
  environment:
    - name: JOB_QUEUE_ARN
      value: arn:aws:batch:us-east-1:123456789012:job-queue/etl`},appliesTo:["jobDefinition"],messages:{reserved:'Environment variable "{{name}}" of the {{where}} starts with AWS_BATCH, a prefix Batch reserves for the variables it sets; rename it.'},check(e,t){for(let n of b(e).containers)for(let o of n.environment){let r=ze(o.name);r===void 0||!r.startsWith(Cc)||t.report({messageId:"reserved",data:{name:o.name.certainty==="known"?r:`${r}\u2026`,where:n.label},path:o.name.path})}}});var Hr=[qr,Lr,$r,Vr,zr,Jr,Wr,Kr];var Qr=m({id:"privileged-container",title:"Privileged container",category:"security",severity:"error",description:"A container runs privileged, with root-like access to the host, wherever the job definition declares it (containerProperties, multinode ranges, ecsProperties, eksProperties).",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ContainerProperties.html",docs:{rationale:'AWS: "When this parameter is true, the container is given elevated permissions on the host container instance (similar to the root user)". A compromised or buggy job can then take over the instance and every other job on it. Fargate rejects privileged containers outright. Administrators can forbid it with the IAM condition key batch:Privileged.',fix:"Remove `privileged` (it defaults to false), or grant the specific capability the job needs through linuxParameters.devices. Suppress with a reason where privileged mode is truly required.",bad:`jobDefinitionName: etl
type: container
containerProperties:
  image: public.ecr.aws/docker/library/busybox:1.36
  privileged: true`,good:`jobDefinitionName: etl
type: container
containerProperties:
  image: public.ecr.aws/docker/library/busybox:1.36
  privileged: false`,peers:["checkov CKV_AWS_210","KICS Batch Job Definition With Privileged Container Properties","cfn_nag W34","Security Hub ECS.4"]},appliesTo:["jobDefinition"],messages:{privileged:'The {{where}} runs privileged (root-like access to the host); remove "privileged" or set it to false.',privilegedFargate:'The {{where}} runs privileged, which Fargate rejects; remove "privileged" or set it to false.'},check(e,t){let n=b(e),o=n.platform.capacity==="fargate";for(let r of n.containers)D(r.privileged,i=>i)&&t.report({messageId:o?"privilegedFargate":"privileged",data:{where:r.label},path:r.privileged.path})}});var Yr=m({id:"privilege-escalation-allowed",title:"EKS container allows privilege escalation",category:"security",severity:"warning",description:"An EKS container sets securityContext.allowPrivilegeEscalation to true, so its processes can gain more privileges than their parent (setuid binaries, file capabilities).",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_EksContainerSecurityContext.html",docs:{rationale:'AWS Batch: allowPrivilegeEscalation says "whether or not a container or a Kubernetes pod is allowed to gain more privileges than its parent process. The default value is false." Turning it on lets a process inside the job become root through setuid binaries, the first step of most container escapes; the Kubernetes restricted Pod Security Standard forbids it.',fix:"Remove `allowPrivilegeEscalation` (it defaults to false) or set it to false.",bad:`jobDefinitionName: etl
type: container
eksProperties:
  podProperties:
    containers:
      - name: main
        image: public.ecr.aws/docker/library/busybox:1.36
        securityContext:
          allowPrivilegeEscalation: true`,good:`jobDefinitionName: etl
type: container
eksProperties:
  podProperties:
    containers:
      - name: main
        image: public.ecr.aws/docker/library/busybox:1.36
        securityContext:
          allowPrivilegeEscalation: false`,peers:["checkov CKV_K8S_20 (same check on Kubernetes pods)"]},appliesTo:["jobDefinition"],messages:{escalation:"The {{where}} sets allowPrivilegeEscalation to true; remove it or set it to false (the default)."},check(e,t){for(let n of b(e).containers)n.kind!=="eks"||!D(n.allowPrivilegeEscalation,o=>o)||t.report({messageId:"escalation",data:{where:n.label},path:n.allowPrivilegeEscalation.path})}});function Ic(e){let t=e.trim().split(":")[0]??"";return t==="root"||/^0+$/.test(t)}var Zr=m({id:"container-runs-as-root",title:"Container runs as root",category:"security",severity:"warning",description:"A container is told to run as root: ECS `user` root, 0, 0:0 or root:<group>; EKS securityContext.runAsUser 0, or runAsNonRoot false with no runAsUser.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_TaskContainerProperties.html",docs:{rationale:"Amazon ECS advises against running as root (UID 0) with the host network mode, and AWS Batch runs single-node EC2 jobs in host network mode, so a root process in the job shares the host's network stack with root rights. AWS offers the IAM condition key batch:User to restrict the user of job definitions; its example allows only `nobody`. EKS: runAsNonRoot false switches off the kubelet check that refuses to start a container whose image runs as root. The log router container of FireLens is not reported: AWS notes it needs root on EC2 jobs. Windows containers cannot set a user and are skipped.",fix:'Run as an unprivileged numeric user: `user: "1000:1000"` (ECS; numbers do not depend on the image\'s /etc/passwd), or `runAsUser: 1000` with `runAsNonRoot: true` (EKS). Build the image so the application works without root.',bad:`jobDefinitionName: etl
type: container
containerProperties:
  image: public.ecr.aws/docker/library/busybox:1.36
  user: root`,good:`jobDefinitionName: etl
type: container
containerProperties:
  image: public.ecr.aws/docker/library/busybox:1.36
  user: "1000:1000"`,peers:["Security Hub ECS.20 (ECS task definitions; it also fails an unset user, which this rule leaves to the image)","checkov CKV_K8S_23 (same check on Kubernetes pods)"]},appliesTo:["jobDefinition"],messages:{ecsRoot:'The {{where}} runs as root ("user" is a root user); set "user" to an unprivileged numeric uid such as "1000:1000".',eksRootUid:"The {{where}} sets runAsUser to 0 (root); set a non-zero runAsUser and runAsNonRoot: true.",eksNonRootOff:"The {{where}} sets runAsNonRoot to false and no runAsUser, so it runs as root whenever the image does; set runAsNonRoot: true and a non-zero runAsUser."},check(e,t){let n=b(e);if(!n.windows)for(let o of n.containers){if(o.kind==="ecs"){if(o.firelensConfiguration.certainty==="known")continue;D(o.user,Ic)&&t.report({messageId:"ecsRoot",data:{where:o.label},path:o.user.path});continue}D(o.runAsUser,r=>r===0)?t.report({messageId:"eksRootUid",data:{where:o.label},path:o.runAsUser.path}):o.runAsUser.certainty==="absent"&&D(o.runAsNonRoot,r=>r===!1)&&t.report({messageId:"eksNonRootOff",data:{where:o.label},path:o.runAsNonRoot.path})}}});var Xr=m({id:"eks-host-network",title:"EKS pod uses the host network",category:"security",severity:"note",description:"An EKS job's pod shares the node's network namespace: hostNetwork is true, or not set (AWS Batch defaults it to true).",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_EksPodProperties.html",docs:{rationale:`AWS Batch: hostNetwork "indicates if the pod uses the hosts' network IP address. The default value is true." A pod on the host network can reach every service listening on the node (the kubelet, other pods' host ports, the instance metadata service with the node role) and is outside Kubernetes network policies; the Kubernetes baseline Pod Security Standard forbids it. AWS keeps the default because "most Batch workloads are egress-only and don't require the overhead of IP allocation for each pod", so this is advice: one note per pod, silent once hostNetwork is false.`,fix:"Set `podProperties.hostNetwork: false` to use the Kubernetes pod networking model (each pod gets its own IP from the VPC CNI), or suppress this rule for jobs that need the host network.",bad:`jobDefinitionName: etl
type: container
eksProperties:
  podProperties:
    containers:
      - name: main
        image: public.ecr.aws/docker/library/busybox:1.36`,good:`jobDefinitionName: etl
type: container
eksProperties:
  podProperties:
    hostNetwork: false
    containers:
      - name: main
        image: public.ecr.aws/docker/library/busybox:1.36`,peers:["checkov CKV_K8S_19 (same check on Kubernetes pods)"]},appliesTo:["jobDefinition"],messages:{explicit:"The EKS pod{{where}} sets hostNetwork to true and shares the node's network; set hostNetwork: false unless the job needs the host network.",defaulted:"The EKS pod{{where}} does not set hostNetwork, and AWS Batch defaults it to true (the pod shares the node's network); set hostNetwork: false unless the job needs the host network."},check(e,t){for(let n of b(e).pods){let o=n.nodeRange?` in ${n.nodeRange}`:"";n.hostNetwork.certainty==="absent"?t.report({messageId:"defaulted",data:{where:o},path:n.path}):d(n.hostNetwork)===!0&&t.report({messageId:"explicit",data:{where:o},path:n.hostNetwork.path})}}});var ei=m({id:"writable-root-filesystem",title:"Root file system is writable",category:"security",severity:"note",description:"A container does not set readonlyRootFilesystem (ECS) or securityContext.readOnlyRootFilesystem (EKS) to true.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ContainerProperties.html",docs:{rationale:'AWS Batch: "When this parameter is true, the container is given read-only access to its root file system" (it maps to docker run --read-only); the EKS default is false. A read-only root file system stops a compromised job from altering its own binaries or dropping tools, and makes writes go to volumes you chose. AWS Security Hub checks the same setting on ECS task definitions. This is advice: many batch programs write scratch files, and they need a volume (host path, EFS, tmpfs, emptyDir) before the root can be read-only. Tasks with ECS Exec enabled are skipped (ECS Exec needs a writable file system), and so are Windows containers, which cannot set it.',fix:"Set `readonlyRootFilesystem: true` (ECS) or `securityContext.readOnlyRootFilesystem: true` (EKS), and mount a volume where the job writes (for example `linuxParameters.tmpfs` or an `emptyDir` at /tmp).",bad:`jobDefinitionName: etl
type: container
containerProperties:
  image: public.ecr.aws/docker/library/busybox:1.36`,good:`jobDefinitionName: etl
type: container
containerProperties:
  image: public.ecr.aws/docker/library/busybox:1.36
  readonlyRootFilesystem: true`,peers:["Security Hub ECS.5 (same setting on ECS task definitions)","checkov CKV_K8S_22 (same check on Kubernetes pods)"]},appliesTo:["jobDefinition"],messages:{writable:"The {{where}} has a writable root file system; set {{field}} to true and mount a volume where the job writes."},check(e,t){let n=b(e);if(n.windows)return;let o=n.tasks.filter(r=>d(r.enableExecuteCommand)===!0).map(r=>r.path.join("/"));for(let r of n.containers){let i=r.path.join("/");if(o.some(s=>i===s||i.startsWith(`${s}/`)))continue;let a=r.readonlyRootFilesystem;a.certainty==="unknown"||a.certainty==="maybeAbsent"||d(a)===!0||r.kind==="eks"&&r.securityContext.certainty!=="known"&&r.securityContext.certainty!=="absent"||t.report({messageId:"writable",data:{where:r.label,field:r.kind==="eks"?"securityContext.readOnlyRootFilesystem":"readonlyRootFilesystem"},path:a.path})}}});var xc=new Set(["PASSWORD","PASSWD","PASSPHRASE","SECRET","SECRETS","TOKEN","APIKEY","CREDENTIAL","CREDENTIALS","CREDS","PRIVATEKEY"]),Nc=new Set(["PASS","PWD"]),kc=new Set(["API","PRIVATE","ACCESS","SECRET","SIGNING","ENCRYPTION","MASTER","SSH","HMAC","AUTH","CLIENT","SESSION","JWT","LICENSE","DEPLOY"]),Fc=new Set(["URL","URLS","URI","ENDPOINT","HOST","HOSTNAME","PORT","FILE","FILENAME","PATH","DIR","ARN","NAME","ID","IDS","TTL","EXPIRY","EXPIRES","EXPIRATION","LIFETIME","TIMEOUT","TYPE","LENGTH","LEN","SIZE","ENABLED","DISABLED","ENABLE","DISABLE","REQUIRED","POLICY","ROTATION","VERSION","FORMAT","HEADER","PARAM","PARAMETER","SSM","REF","REGION","PREFIX","SUFFIX","COUNT","LIMIT","MAX","MIN","MODE","FIELD","LOCATION","SOURCE","PROVIDER","STORE","VAULT","MANAGER","BACKEND","ALGORITHM","ALG","ISSUER","AUDIENCE","SCOPE","SCOPES","USER","USERNAME","EMAIL","ACCOUNT","RATE","BUCKET","TABLE","QUEUE","TOPIC","KMS","LABEL","TAG","HASH","KEYS","ENV","ALGO"]);function jc(e){return e.replace(/([a-z0-9])([A-Z])/g,"$1_$2").toUpperCase().split(/[^A-Z0-9]+/).filter(t=>t!=="")}function lt(e){let t=jc(e),n=t.at(-1);return n===void 0||Fc.has(n)?!1:t.length>1&&Nc.has(n)?!0:t.some((o,r)=>xc.has(o)||o==="KEY"&&r>0&&kc.has(t[r-1]))}function ft(e){let t=e.trim();return!!(t===""||/^arn:aws[a-z-]*:/i.test(t)||/^\/[\w.\-/]+$/.test(t)||/^(?:ssm|secretsmanager):/i.test(t)||/^[$`]|^\{\{.*\}\}$|^Ref::[\w-]+$|^%\([^)]*\)s?$/.test(t)||/^<[^>]*>$|^(?:x+|\*+|\.+|-+|_+)$|^(?:replace[_-]?me|to[_-]?be[_-]?set|placeholder|none|null|nil|undefined|n\/a|tbd|todo)$/i.test(t)||/^(?:true|false|yes|no|on|off|enabled|disabled)$/i.test(t)||/^\d{1,5}$/.test(t))}function Oc(e){return e.certainty==="unknown"&&e.origin.includes("{{resolve:secretsmanager:")}function Mc(e){if(e.certainty!=="unknown"||e.invalid===!0)return!1;let t=ze(e);return t!==void 0&&t.trim()!==""&&ft(t)?!1:!/[.](?:arn|id|name|path|url)$/i.test(e.origin.trim())}var ti=m({id:"secret-in-environment",title:"Credential in a plain environment variable",category:"security",severity:"error",messageSeverity:{byName:"warning"},severityNote:"warning when only the variable's name says it is a credential",description:"A container's environment (ECS `environment`, EKS `env`) holds a credential in plain text: a variable whose name says so (PASSWORD, SECRET, TOKEN, API_KEY, PRIVATE_KEY, ACCESS_KEY, CREDENTIALS...) or whose value is shaped like one (AWS access key id, secret key, PEM private key, connection string with a password, known token formats).",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/specifying-sensitive-data.html",docs:{rationale:'AWS Batch: "We don\'t recommend using plaintext environment variables for sensitive information, such as credential data." Plain environment values are stored in the job definition, which anyone with batch:DescribeJobDefinitions can read, are copied into every job and every revision, and show up in consoles, CloudTrail and logs. Batch can inject the value at start-up from Secrets Manager or SSM Parameter Store instead (`secrets`), so the job definition only holds the ARN. Names that refer to a secret rather than hold it (TOKEN_URL, SECRET_ARN, PASSWORD_FILE, DB_SECRET_NAME) and values that are ARNs, parameter paths, `${VAR}` references or placeholders are not reported. A value in a known credential format (an AWS access key id or secret key, a private key, a password in a connection string, a GitHub, GitLab, Slack, Google, Stripe or npm token, a JWT) is an error: it is a credential whatever the variable is called. A value that only a credential-sounding name flags is a warning, since the name can mislead. A CloudFormation dynamic reference to Secrets Manager (`{{resolve:secretsmanager:...}}`) is an error whatever the name: it keeps the secret out of the template, but CloudFormation writes the resolved secret into the job definition in plain text. The message never repeats the value.',fix:"Store the value in AWS Secrets Manager or SSM Parameter Store (SecureString), remove it from `environment`, and add `secrets: [{name: DB_PASSWORD, valueFrom: <secret or parameter ARN>}]`; give the execution role secretsmanager:GetSecretValue or ssm:GetParameters on it. On EKS, mount a Kubernetes Secret (`volumes[].secret`). Rotate the credential: it has been exposed.",bad:`jobDefinitionName: etl
type: container
containerProperties:
  image: public.ecr.aws/docker/library/busybox:1.36
  environment:
    - name: DB_PASSWORD
      value: hunter2-but-longer`,good:`jobDefinitionName: etl
type: container
containerProperties:
  image: public.ecr.aws/docker/library/busybox:1.36
  executionRoleArn: arn:aws:iam::123456789012:role/etl-execution
  secrets:
    - name: DB_PASSWORD
      valueFrom: arn:aws:secretsmanager:us-east-1:123456789012:secret:etl/db-AbCdEf`,peers:["Prowler batch_job_definition_no_secrets (containerProperties only; this rule also covers node ranges, ecsProperties and EKS containers)","Security Hub ECS.8 (same idea on ECS task definitions)"]},appliesTo:["jobDefinition"],messages:{byName:'The {{where}} passes "{{name}}" as a plain environment variable, and its name says it is a credential; move it to {{fix}}.',byValue:'The value of environment variable "{{name}}" in the {{where}} looks like a credential; move it to {{fix}}.',resolvedSecret:'Environment variable "{{name}}" in the {{where}} takes a Secrets Manager dynamic reference, which CloudFormation resolves into the job definition in plain text; move it to {{fix}}.'},check(e,t){for(let n of b(e).containers){let o=n.kind==="eks"?"a Kubernetes Secret volume (volumes[].secret) and rotate it":'"secrets" (Secrets Manager or SSM Parameter Store) and rotate it';for(let r of n.environment){let i=d(r.name);if(i===void 0)continue;let a=r.value,s=[...r.path,"value"];if(a.certainty==="known"){if(ft(a.value))continue;st(a.value)?t.report({messageId:"byValue",data:{where:n.label,name:i,fix:o},path:s}):lt(i)&&t.report({messageId:"byName",data:{where:n.label,name:i,fix:o},path:s})}else Oc(a)?t.report({messageId:"resolvedSecret",data:{where:n.label,name:i,fix:o},path:s}):lt(i)&&Mc(a)&&t.report({messageId:"byName",data:{where:n.label,name:i,fix:o},path:s})}}}});var Dc=/(?:^|[\s;&|(])(?:--?|export\s+)?([A-Za-z_][\w.-]*)=("[^"]*"|'[^']*'|[^\s;&|)]+)/g;function _c(e){return/^(["']).*\1$/.test(e)?e.slice(1,-1):e}function Uc(e,t){let n=e[t]===void 0?void 0:d(e[t]);if(n===void 0)return;if(st(n))return"value";for(let i of n.matchAll(Dc))if(lt(i[1])&&!ft(_c(i[2])))return"name";let o=/^--?([A-Za-z][\w-]*)$/.exec(n.trim()),r=e[t+1]===void 0?void 0:d(e[t+1]);if(!(o===null||r===void 0||!lt(o[1])||r.startsWith("-")||ft(r)))return st(r)?"value":"name"}var ni=m({id:"secret-in-command",title:"Credential in the container command",category:"security",severity:"error",messageSeverity:{byName:"warning"},severityNote:"warning when only a flag or variable name says it is a credential",description:"A container's command (ECS `command`, EKS `command` and `args`) passes a credential in plain text: a credential-shaped value, `--password value`, `--token=value` or `DB_PASSWORD=value` in a shell line.",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/specifying-sensitive-data.html",docs:{rationale:'A command line is stored in the job definition in plain text, like environment variables (AWS: "We don\'t recommend using plaintext environment variables for sensitive information"), and it is also visible to every process on the host through /proc and `ps`, and often logged. Parameter substitution placeholders (`Ref::password`) and `${VAR}` references are not reported: the value then comes from elsewhere. A value in a known credential format (AWS keys, private keys, connection-string passwords, GitHub, GitLab, Slack, Google, Stripe or npm tokens, JWTs) is an error; a value that only the flag or variable name flags is a warning. The message never repeats the value.',fix:"Pass the credential through `secrets` (Secrets Manager or SSM Parameter Store) as an environment variable, and let the program read it from the environment or a file; on EKS mount a Kubernetes Secret. Rotate the credential: it has been exposed.",bad:`jobDefinitionName: etl
type: container
containerProperties:
  image: public.ecr.aws/docker/library/busybox:1.36
  command: [loader, --password, hunter2-but-longer]`,good:`jobDefinitionName: etl
type: container
containerProperties:
  image: public.ecr.aws/docker/library/busybox:1.36
  command: [loader, --password-file, /run/secrets/db]`,peers:["Prowler batch_job_definition_no_secrets (containerProperties command only; this rule also covers node ranges, ecsProperties and EKS command and args)"]},appliesTo:["jobDefinition"],messages:{inCommand:"Argument {{index}} of the {{list}} of the {{where}} passes a credential in plain text; pass it through {{fix}} instead, and rotate it.",byName:"Argument {{index}} of the {{list}} of the {{where}} passes a credential in plain text, by its flag or variable name; pass it through {{fix}} instead, and rotate it."},check(e,t){for(let n of b(e).containers){let o=n.kind==="eks"?"a Kubernetes Secret volume":'"secrets" (Secrets Manager or SSM Parameter Store)';for(let{list:r,args:i}of n.commands)for(let a=0;a<i.length;a+=1){let s=Uc(i,a);s!==void 0&&(t.report({messageId:s==="value"?"inCommand":"byName",data:{index:a+1,list:r,where:n.label,fix:o},path:i[a].path}),/^--?[A-Za-z][\w-]*$/.test(d(i[a])?.trim()??"")&&(a+=1))}}}});import{posix as Bc}from"node:path";var Gc=["/etc","/proc","/sys","/root","/boot","/var/run/docker.sock","/run/docker.sock","/var/lib/docker","/var/run/containerd","/run/containerd","/var/lib/containerd","/var/lib/kubelet","/var/lib/ecs","/var/run/crio","/run/crio"],qc=["/","/dev","/var","/var/run","/run","/home","/usr","/lib","/lib64","/bin","/sbin","/var/lib"],Lc=["/","/var/run","/run"],$c=["/var/run/docker.sock","/run/docker.sock","/var/run/containerd","/run/containerd","/var/run/crio","/run/crio"];function Vc(e){return Lc.includes(e)||$c.includes(e)}function zc(e){if(!e.startsWith("/"))return;let t=Bc.normalize(e).replace(/(.)\/+$/,"$1");return qc.includes(t)?t:Gc.find(n=>t===n||t.startsWith(`${n}/`))}var oi=m({id:"sensitive-host-mount",title:"Sensitive host path mounted",category:"security",severity:"error",messageSeverity:{sensitive:"warning"},severityNote:"warning for host paths other than `/` and the container runtime socket",description:"A job mounts a sensitive path of the host into its containers: `/`, the Docker or containerd socket, `/etc`, `/proc`, `/sys`, `/root`, `/dev`, `/var/lib/docker`, `/boot`... (ECS `volumes[].host.sourcePath`, EKS `hostPath` volumes).",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_Host.html",docs:{rationale:'A host volume presents "the path on the host container instance" to the container. The Docker socket gives full control of the Docker daemon, and so root on the instance and every other job on it; /etc, /root and /var/lib/ecs hold host credentials and configuration; /proc and /sys expose and can change kernel and process state; / and /dev expose everything. Even read-only, most of these leak secrets. The Kubernetes baseline Pod Security Standard forbids hostPath volumes altogether. Mounting `/`, or the Docker, containerd or CRI-O socket (or /run, /var/run, which hold it), is an error: it is the host. Other sensitive paths are warnings.',fix:"Mount only the directory the job needs (a dedicated data directory such as /scratch), use EFS or an emptyDir for shared data, and never mount the container runtime socket. Suppress with a reason for trusted infrastructure jobs (log or metric agents).",bad:`jobDefinitionName: etl
type: container
containerProperties:
  image: public.ecr.aws/docker/library/docker:27
  volumes:
    - name: docker
      host:
        sourcePath: /var/run/docker.sock`,good:`jobDefinitionName: etl
type: container
containerProperties:
  image: public.ecr.aws/docker/library/busybox:1.36
  volumes:
    - name: scratch
      host:
        sourcePath: /scratch`,peers:["checkov CKV_K8S_27 (Docker socket in Kubernetes hostPath volumes)"]},appliesTo:["jobDefinition"],messages:{sensitive:'The {{where}} mounts the host path {{path}} (volume "{{volume}}"), which exposes {{what}}; mount a dedicated directory instead.',hostTakeover:'The {{where}} mounts the host path {{path}} (volume "{{volume}}"), which gives it {{what}}; mount a dedicated directory instead.'},check(e,t){let n=i=>i==="/"?"the whole host file system":i==="/run"||i==="/var/run"||i.endsWith(".sock")||i.includes("containerd")||i.includes("crio")?"the container runtime and so root on the host":i==="/proc"||i==="/sys"?"kernel and process state of the host":i==="/dev"?"every device of the host":"host files and credentials",o=(i,a)=>{let s=d(a.hostPath);if(s===void 0)return;let c=zc(s);c!==void 0&&t.report({messageId:Vc(c)?"hostTakeover":"sensitive",data:{where:i,path:s,volume:d(a.name)??"?",what:n(c)},path:a.hostPath.path})},r=b(e);for(let i of r.tasks)for(let a of i.volumes)o(i.label,a);for(let i of r.pods)for(let a of i.volumes)o(i.nodeRange?`EKS pod in ${i.nodeRange}`:"EKS pod",a)}});var ri=m({id:"host-device-access",title:"Host device exposed to the container",category:"security",severity:"note",description:"A container is given direct access to a device of the host through linuxParameters.devices.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_Device.html",docs:{rationale:`A device entry exposes "the path for the device on the host container instance" to the container, by default with read, write and mknod permissions. Block devices (/dev/xvda, /dev/nvme0n1) give raw access to the host's disks, /dev/mem and /dev/kmem to its memory. Some jobs need a device (FUSE, EFA or InfiniBand adapters), so this is advice: check that each device is needed and that its permissions are as narrow as possible.`,fix:"Remove devices the job does not need; for those it needs, set `permissions` to the minimum (for example `[READ]`). GPUs are requested with `resourceRequirements` type GPU, not as devices.",bad:`jobDefinitionName: etl
type: container
containerProperties:
  image: public.ecr.aws/docker/library/busybox:1.36
  linuxParameters:
    devices:
      - hostPath: /dev/xvda`,good:`jobDefinitionName: etl
type: container
containerProperties:
  image: public.ecr.aws/docker/library/busybox:1.36
  resourceRequirements:
    - {type: GPU, value: "1"}`},appliesTo:["jobDefinition"],messages:{device:'The {{where}} is given the host device {{device}} with {{permissions}} access; remove it unless the job needs it, and narrow "permissions".'},check(e,t){for(let n of b(e).containers)if(n.kind==="ecs")for(let o of n.linuxParameters.deviceEntries){let r=d(o.hostPath);r===void 0||r.trim()===""||t.report({messageId:"device",data:{where:n.label,device:r,permissions:o.permissions.length>0?o.permissions.join("/").toLowerCase():"read/write/mknod (the default)"},path:o.hostPath.path})}}});function Le(e){if(e.certainty!=="absent")return e.certainty==="known"?e.value.trim().toUpperCase():null}function Fn(e){let t=e.accessPointId;return Le(e.iam)==="ENABLED"||L(t)||t.certainty==="known"&&t.value.trim()!==""}function ht(e){return e.tasks.flatMap(t=>t.volumes.flatMap(n=>n.efs?[{task:t,volume:n,efs:n.efs}]:[]))}var ii=m({id:"efs-transit-encryption-disabled",title:"EFS volume without encryption in transit",category:"security",severity:"warning",description:"An EFS volume does not set transitEncryption to ENABLED (the default is DISABLED), so file data crosses the network unencrypted.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_EFSVolumeConfiguration.html",docs:{rationale:`AWS Batch: transitEncryption "determines whether to enable encryption for Amazon EFS data in transit between the Amazon ECS host and the Amazon EFS server... If this parameter is omitted, the default value of DISABLED is used." Without it, NFS traffic with the job's data is readable by anyone who can capture traffic in the VPC. Volumes that use IAM authorization or an access point are reported by efs-transit-encryption-required instead, because AWS refuses them without it.`,fix:"Set `transitEncryption: ENABLED` on the `efsVolumeConfiguration` (it uses TLS through the EFS mount helper; on Fargate, platform version 1.4.0 or later).",bad:`jobDefinitionName: etl
type: container
containerProperties:
  image: public.ecr.aws/docker/library/busybox:1.36
  volumes:
    - name: data
      efsVolumeConfiguration:
        fileSystemId: fs-0123456789abcdef0`,good:`jobDefinitionName: etl
type: container
containerProperties:
  image: public.ecr.aws/docker/library/busybox:1.36
  volumes:
    - name: data
      efsVolumeConfiguration:
        fileSystemId: fs-0123456789abcdef0
        transitEncryption: ENABLED`,peers:["checkov CKV_AWS_97 (same check on ECS task definitions)"]},appliesTo:["jobDefinition"],messages:{disabled:'EFS volume "{{volume}}" in the {{where}} does not encrypt data in transit (transitEncryption defaults to DISABLED); set transitEncryption: ENABLED.'},check(e,t){for(let{task:n,volume:o,efs:r}of ht(b(e))){let i=Le(r.transitEncryption);i===null||i==="ENABLED"||Fn(r)||t.report({messageId:"disabled",data:{volume:o.label,where:n.label},path:i===void 0?r.path:r.transitEncryption.path})}}});var ai=m({id:"efs-transit-encryption-required",title:"EFS IAM authorization or access point without transit encryption",category:"security",severity:"error",description:"An EFS volume uses IAM authorization or an access point but does not enable transit encryption, which AWS requires for both.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_EFSAuthorizationConfig.html",docs:{rationale:'AWS Batch: "If an access point is used, transit encryption must be enabled in the EFSVolumeConfiguration", and "EFS IAM authorization requires that TransitEncryption be ENABLED and that a JobRoleArn is specified." transitEncryption defaults to DISABLED, so leaving it out is the same as disabling it: the volume cannot be mounted and the job cannot run.',fix:"Set `transitEncryption: ENABLED` on the `efsVolumeConfiguration`.",bad:`jobDefinitionName: etl
type: container
containerProperties:
  image: public.ecr.aws/docker/library/busybox:1.36
  jobRoleArn: arn:aws:iam::123456789012:role/etl-job
  volumes:
    - name: data
      efsVolumeConfiguration:
        fileSystemId: fs-0123456789abcdef0
        authorizationConfig:
          iam: ENABLED`,good:`jobDefinitionName: etl
type: container
containerProperties:
  image: public.ecr.aws/docker/library/busybox:1.36
  jobRoleArn: arn:aws:iam::123456789012:role/etl-job
  volumes:
    - name: data
      efsVolumeConfiguration:
        fileSystemId: fs-0123456789abcdef0
        transitEncryption: ENABLED
        authorizationConfig:
          iam: ENABLED`},appliesTo:["jobDefinition"],messages:{required:'EFS volume "{{volume}}" in the {{where}} uses {{feature}}, which requires transitEncryption: ENABLED (the default is DISABLED); enable it.'},check(e,t){for(let{task:n,volume:o,efs:r}of ht(b(e))){let i=Le(r.transitEncryption);if(i===null||i==="ENABLED"||!Fn(r))continue;let a=Le(r.iam)==="ENABLED";t.report({messageId:"required",data:{volume:o.label,where:n.label,feature:a?"IAM authorization":"an access point"},path:i===void 0?r.path:r.transitEncryption.path})}}});var si=m({id:"efs-iam-without-job-role",title:"EFS IAM authorization without a job role",category:"security",severity:"error",description:"An EFS volume enables IAM authorization, but the task declares no jobRoleArn (taskRoleArn in ecsProperties) for EFS to authorize.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_EFSAuthorizationConfig.html",docs:{rationale:'AWS Batch: authorizationConfig.iam says "whether or not to use the Batch job IAM role defined in a job definition when mounting the Amazon EFS file system", and "EFS IAM authorization requires that TransitEncryption be ENABLED and that a JobRoleArn is specified." With IAM authorization and no job role there is no identity to authorize, so the mount fails and the job cannot run.',fix:"Set `jobRoleArn` (or `taskRoleArn` in `ecsProperties`) to a role that the file system policy allows (elasticfilesystem:ClientMount, and ClientWrite if the job writes), or turn IAM authorization off.",bad:`jobDefinitionName: etl
type: container
containerProperties:
  image: public.ecr.aws/docker/library/busybox:1.36
  volumes:
    - name: data
      efsVolumeConfiguration:
        fileSystemId: fs-0123456789abcdef0
        transitEncryption: ENABLED
        authorizationConfig:
          iam: ENABLED`,good:`jobDefinitionName: etl
type: container
containerProperties:
  image: public.ecr.aws/docker/library/busybox:1.36
  jobRoleArn: arn:aws:iam::123456789012:role/etl-job
  volumes:
    - name: data
      efsVolumeConfiguration:
        fileSystemId: fs-0123456789abcdef0
        transitEncryption: ENABLED
        authorizationConfig:
          iam: ENABLED`},appliesTo:["jobDefinition"],messages:{noRole:'EFS volume "{{volume}}" in the {{where}} uses IAM authorization, but the task has no {{field}} for EFS to authorize; set {{field}} or turn IAM authorization off.'},check(e,t){for(let{task:n,volume:o,efs:r}of ht(b(e)))Le(r.iam)!=="ENABLED"||He(n)||t.report({messageId:"noRole",data:{volume:o.label,where:n.label,field:n.roleField},path:r.iam.path})}});var ci=m({id:"missing-job-role",title:"No job IAM role",category:"security",severity:"note",description:"An ECS job on EC2 declares no jobRoleArn (taskRoleArn in ecsProperties), so AWS SDKs in the container fall back to the instance role of the compute environment.",helpUri:"https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html",docs:{rationale:'Without a job role, the container has no credentials of its own: the SDK credential chain then reaches the instance metadata service and uses the ECS instance role, shared by every job on the instance and usually broader than any one job needs. Batch runs single-node EC2 jobs in host network mode, where the metadata service is reachable from the container. AWS recommends a role per task ("IAM roles for tasks"). Fargate jobs are not reported: Fargate has no instance role to fall back to.',fix:"Create an IAM role trusted by ecs-tasks.amazonaws.com with only the permissions the job needs and set it as `jobRoleArn` (or `taskRoleArn` in `ecsProperties`). A job that calls no AWS API can still get an empty role, so that it cannot borrow the instance role.",bad:`jobDefinitionName: etl
type: container
containerProperties:
  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/etl:2.4.1
  command: [python, -m, etl]`,good:`jobDefinitionName: etl
type: container
containerProperties:
  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/etl:2.4.1
  command: [python, -m, etl]
  jobRoleArn: arn:aws:iam::123456789012:role/etl-job`},appliesTo:["jobDefinition"],messages:{noRole:"The {{where}} has no {{field}}, so the job uses the instance role of the compute environment; give it its own least-privilege role with {{field}}."},check(e,t){let{platform:n,tasks:o}=b(e);if(!(L(n.capabilities)||n.capacity==="fargate"))for(let r of o)He(r)||t.report({messageId:"noRole",data:{where:r.label,field:r.roleField},path:r.path})}});var ui=m({id:"ecs-exec-enabled",title:"ECS Exec enabled",category:"security",severity:"note",description:"A job turns on ECS Exec (enableExecuteCommand), which lets anyone with ecs:ExecuteCommand open an interactive shell in its running containers.",helpUri:"https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html",docs:{rationale:'AWS Batch: enableExecuteCommand "determines whether execute command functionality is turned on for this task. If true, execute command functionality is turned on all the containers in the task." An interactive shell in a production job can read its data and use its role; it is a debugging aid, best switched on for a revision used while debugging. ECS Exec also needs a job role (for the SSM messages channel) and a writable root file system.',fix:"Remove `enableExecuteCommand` (it defaults to false) from production job definitions; if you keep it, restrict ecs:ExecuteCommand in IAM and log sessions.",bad:`jobDefinitionName: etl
type: container
containerProperties:
  image: public.ecr.aws/docker/library/busybox:1.36
  jobRoleArn: arn:aws:iam::123456789012:role/etl-job
  enableExecuteCommand: true`,good:`jobDefinitionName: etl
type: container
containerProperties:
  image: public.ecr.aws/docker/library/busybox:1.36
  jobRoleArn: arn:aws:iam::123456789012:role/etl-job`},appliesTo:["jobDefinition"],messages:{exec:"The {{where}} turns on ECS Exec, so its containers accept interactive shells; remove enableExecuteCommand outside debugging.",execNoRole:"The {{where}} turns on ECS Exec, so its containers accept interactive shells, and it has no {{field}}, which ECS Exec needs; remove enableExecuteCommand outside debugging."},check(e,t){for(let n of b(e).tasks)d(n.enableExecuteCommand)===!0&&t.report({messageId:He(n)?"exec":"execNoRole",data:{where:n.label,field:n.roleField},path:n.enableExecuteCommand.path})}});var mi=m({id:"ec2-key-pair",title:"SSH key pair on compute environment instances",category:"security",severity:"note",description:"A compute environment sets computeResources.ec2KeyPair, so its instances accept SSH logins with that key.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html",docs:{rationale:`AWS Batch: ec2KeyPair is "the Amazon EC2 key pair that's used for instances launched in the compute environment. You can use this key pair to log in to your instances with SSH." A long-lived private key shared by everyone who debugs the fleet, and an SSH port that security groups must keep open, are a standing way in to every instance and the jobs on it. AWS Systems Manager Session Manager gives shell access without keys or open ports, with IAM control and logs.`,fix:"Remove `ec2KeyPair` and use Session Manager (the ECS-optimized AMI ships the SSM agent; add AmazonSSMManagedInstanceCore to the instance role). Changing it needs an infrastructure update.",bad:`computeEnvironmentName: etl
type: MANAGED
computeResources:
  type: EC2
  maxvCpus: 64
  subnets: [subnet-0a1b2c3d]
  ec2KeyPair: ops-key`,good:`computeEnvironmentName: etl
type: MANAGED
computeResources:
  type: EC2
  maxvCpus: 64
  subnets: [subnet-0a1b2c3d]`},appliesTo:["computeEnvironment"],messages:{keyPair:"computeResources.ec2KeyPair lets anyone with the key log in to every instance over SSH; remove it and use Session Manager for shell access."},check(e,t){let n=v(e).resources.ec2KeyPair;(n.certainty==="known"?n.value.trim()!=="":n.certainty==="unknown"&&!n.invalid)&&t.report({messageId:"keyPair",path:n.path})}});var Jc=/^arn:aws[a-zA-Z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/,Wc=/^role\/[\w+=,.@/-]+$/,Kc=/^aws[a-zA-Z-]*$/;function Hc(e){if(e.every(o=>o!==null)){let o=e.join("").trim();return o===""||Jc.test(o)?void 0:o.startsWith("arn:")?"notRole":"name"}let t=e[0];if(typeof t=="string"){let o=t.trimStart();if(!o.startsWith("arn:"))return"arn:".startsWith(o)?void 0:"name";let r=o.split(":"),i=r.slice(0,-1),[,a,s,,c]=i;if(a!==void 0&&!Kc.test(a)||s!==void 0&&s!=="iam"||c!==void 0&&!/^\d{12}$/.test(c))return"notRole";if(i.length>=5){let u=r.slice(5).join(":");if(!u.startsWith("role/")&&!"role/".startsWith(u))return"notRole"}}let n=e[e.length-1];if(typeof n=="string"&&n.includes(":")&&!Wc.test(n.slice(n.lastIndexOf(":")+1).trimEnd()))return"notRole"}var pi=m({id:"role-not-arn",title:"Role given by name instead of ARN",category:"security",severity:"warning",description:"A compute environment's serviceRole or computeResources.spotIamFleetRole is not an IAM role ARN (a bare role name, or the ARN of something else).",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_CreateComputeEnvironment.html",docs:{rationale:`AWS Batch, serviceRole: "When you only specify the name of the service role, Batch assumes that your ARN doesn't use the service-role path prefix. Because of this, we recommend that you specify the full ARN of your service role." A role created under a path (service-role/) and given by name leaves the environment INVALID ("CLIENT_ERROR - Not authorized to perform sts:AssumeRole"); spotIamFleetRole is documented as the role's ARN, and a wrong value gives "SpotFleetRequestConfig.IamFleetRole is invalid". CloudFormation's linter rejects both (cfn-lint E3511).`,fix:"Give the full role ARN, for example `arn:aws:iam::123456789012:role/service-role/AWSBatchServiceRole`, or leave `serviceRole` out to use the AWSServiceRoleForBatch service-linked role (needed for infrastructure updates).",bad:`computeEnvironmentName: etl
type: MANAGED
serviceRole: AWSBatchServiceRole
computeResources:
  type: SPOT
  maxvCpus: 64
  subnets: [subnet-0a1b2c3d]
  spotIamFleetRole: AmazonEC2SpotFleetTaggingRole`,good:`computeEnvironmentName: etl
type: MANAGED
serviceRole: arn:aws:iam::123456789012:role/service-role/AWSBatchServiceRole
computeResources:
  type: SPOT
  maxvCpus: 64
  subnets: [subnet-0a1b2c3d]
  spotIamFleetRole: arn:aws:iam::123456789012:role/AmazonEC2SpotFleetTaggingRole`,peers:["cfn-lint E3511"]},appliesTo:["computeEnvironment"],messages:{name:'{{field}} is a role name, not a role ARN; give the full ARN (arn:aws:iam::<account>:role/<path><name>), as a name is assumed to have the path "/".',notRole:"{{field}} is not an IAM role ARN (arn:aws:iam::<account>:role/<name>); give the ARN of the role."},check(e,t){let n=(r,i)=>{let a=Et(r),s=a&&Hc(a);s&&t.report({messageId:s,data:{field:i},path:r.path})},o=v(e);n(o.serviceRole,"serviceRole"),n(o.resources.spotIamFleetRole,"computeResources.spotIamFleetRole")}});function jn(e){let t=e.trim();if(t===""||/[\s${}]/.test(t))return;let[n,o]=t.split("@",2),r=n.split("/"),i;r.length>1&&(/[.:]/.test(r[0])||r[0]==="localhost")&&(i=r.shift().toLowerCase());let a=r.pop()??"",s=a.lastIndexOf(":"),c=s>=0?a.slice(s+1):void 0,u=[...r,s>=0?a.slice(0,s):a].join("/"),p=/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;if(u.split("/").every(l=>p.test(l))&&!(c!==void 0&&c!==""&&!/^\w[\w.-]{0,127}$/.test(c)))return{registry:i,repository:u,tag:c===""?void 0:c,digest:o===""?void 0:o}}var Qc=[[/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io|registry\.hub\.docker\.com)$/,"Docker Hub"],[/^public\.ecr\.aws$/,"Amazon ECR Public"],[/^ghcr\.io$/,"GitHub Container Registry"],[/^quay\.io$/,"Quay.io"],[/^(?:[a-z]+\.)?gcr\.io$|^registry\.k8s\.io$/,"a Google public registry"],[/^mcr\.microsoft\.com$/,"Microsoft Container Registry"],[/^nvcr\.io$/,"NVIDIA NGC"],[/^registry\.gitlab\.com$/,"GitLab Container Registry"]];function di(e){return e.registry===void 0?"Docker Hub":Qc.find(([t])=>t.test(e.registry))?.[1]}function Yc(e){if(e.certainty==="known"){let t=/[$]\{|\{\{/.exec(e.value);return t?e.value.slice(0,t.index):void 0}return ze(e)}function Zc(e){let t=Yc(e)?.trim();if(t===void 0||!t.includes("/"))return;let n=t.slice(0,t.indexOf("/"));return/[.:]/.test(n)||n==="localhost"?di({registry:n.toLowerCase(),repository:""}):/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/.test(n)?"Docker Hub":void 0}function Xc(e){return e.certainty==="known"?e.value.trim():e.certainty==="unknown"&&e.parts?e.parts.map(t=>t??"...").join(""):e.certainty==="absent"?"":e.origin}var li=m({id:"public-registry-image",title:"Image pulled from a public registry",category:"security",severity:"note",description:"A container image comes from a public registry (Docker Hub, implicitly when no registry is named; Amazon ECR Public, ghcr.io, quay.io, gcr.io...) rather than a private Amazon ECR repository.",helpUri:"https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache.html",docs:{rationale:'AWS Batch passes the image "directly to the Docker daemon. Images in the Docker Hub registry are available by default." An image from a public registry can be changed or removed by its publisher, is not scanned by your ECR scanning, and Docker Hub rate-limits anonymous pulls, which fails jobs at scale (CannotPullContainerError). An ECR pull-through cache or a copy in a private ECR repository keeps the image under your control, scanned, and in the Region. Images from private Docker Hub repositories (with repositoryCredentials or imagePullSecrets) are not reported.',fix:"Copy the image into a private Amazon ECR repository, or create an ECR pull-through cache rule for the upstream registry, and reference `<account>.dkr.ecr.<region>.amazonaws.com/...`.",bad:`jobDefinitionName: etl
type: container
containerProperties:
  image: busybox:1.36`,good:`jobDefinitionName: etl
type: container
containerProperties:
  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/docker-hub/library/busybox:1.36`},appliesTo:["jobDefinition"],messages:{publicImage:"The {{where}} pulls {{image}} from {{registry}}; copy it into a private Amazon ECR repository or use an ECR pull-through cache."},check(e,t){let n=b(e),o=n.pods.some(r=>r.imagePullSecrets.certainty==="known"?r.imagePullSecrets.value.length>0:!1);for(let r of n.containers){if(r.kind==="ecs"&&r.repositoryCredentials.certainty!=="absent"||r.kind==="eks"&&o)continue;let i=r.image.certainty==="known"?r.image.value:void 0,a=i===void 0?void 0:jn(i),s=a!==void 0?di(a):Zc(r.image);s!==void 0&&t.report({messageId:"publicImage",data:{where:r.label,image:a!==void 0?i.trim():Xc(r.image),registry:s},path:r.image.path})}}});function eu(e){let t=e.certainty==="known"?e.value:void 0,n=t!==void 0?/[$]\{|\{\{/.test(t)?t.slice(t.lastIndexOf("}")+1):void 0:vo(e);if(n===void 0||n==="")return;if(n.includes("@"))return"digest";let o=n.lastIndexOf("/"),r=o>=0?n.slice(o+1):n,i=r.lastIndexOf(":");if(i>=0){let a=r.slice(i+1);return/^\w[\w.-]{0,127}$/.test(a)?a:void 0}return o>=0&&/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/.test(r)?null:void 0}var fi=m({id:"mutable-image-tag",title:"Image tag :latest or missing",category:"security",severity:"warning",description:"A container image is referenced by the tag `latest` or by no tag (which means `latest`), so what runs changes whenever someone pushes; an image pinned by digest (`@sha256:...`) is not reported.",helpUri:"https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html",docs:{rationale:"An image without a tag is pulled as `latest`, a tag that moves with every push: two attempts of the same job, or two nodes of a multinode job, can run different code, a retry may not reproduce a failure, and whoever can push to the repository changes what your jobs run without touching the job definition. Amazon ECR can make tags immutable, and a digest pins the exact image.",fix:"Reference a version tag that is never reused (`etl:2.4.1`, ideally in an ECR repository with tag immutability), or pin the digest (`etl@sha256:...`).",bad:`jobDefinitionName: etl
type: container
containerProperties:
  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/etl:latest`,good:`jobDefinitionName: etl
type: container
containerProperties:
  image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/etl:2.4.1`,peers:["checkov CKV_K8S_14 (same check on Kubernetes pods)"]},appliesTo:["jobDefinition"],messages:{latest:'The {{where}} uses the image tag "latest", which changes with every push; pin a version tag or a digest (@sha256:...).',noTag:'The {{where}} names an image without a tag, so "latest" is pulled and changes with every push; pin a version tag or a digest (@sha256:...).'},check(e,t){for(let n of b(e).containers){let o=n.image.certainty==="known"?n.image.value:void 0,r=o===void 0?void 0:jn(o);if(r===void 0){let i=eu(n.image);i===null?t.report({messageId:"noTag",data:{where:n.label},path:n.image.path}):i!==void 0&&i!=="digest"&&i.toLowerCase()==="latest"&&t.report({messageId:"latest",data:{where:n.label},path:n.image.path});continue}r.digest!==void 0||r.repository===""||(r.tag===void 0?t.report({messageId:"noTag",data:{where:n.label},path:n.image.path}):r.tag.toLowerCase()==="latest"&&t.report({messageId:"latest",data:{where:n.label},path:n.image.path}))}}});function tu(e){let t=g(e,"serviceEnvironmentOrder");return{state:f(e,"state",[],Je(mn)),priority:f(e,"priority",[],z),jobQueueType:f(e,"jobQueueType",[],Ce),computeEnvironmentOrder:ge(g(e,"computeEnvironmentOrder"),["computeEnvironmentOrder"],(n,o,r)=>({index:r,path:o,order:f(n,"order",o,z),computeEnvironment:f(n,"computeEnvironment",o,j)})),serviceEnvironmentCount:Array.isArray(t)?t.length:0,schedulingPolicyArn:f(e,"schedulingPolicyArn",[],j),jobStateTimeLimitActions:ge(g(e,"jobStateTimeLimitActions"),["jobStateTimeLimitActions"],(n,o,r)=>({index:r,path:o,reason:f(n,"reason",o,j),state:f(n,"state",o,j),maxTimeSeconds:f(n,"maxTimeSeconds",o,z),action:f(n,"action",o,Ce)})),tags:Me(g(e,"tags"),["tags"])}}var nu=Te(tu);function $(e){return nu(e.data)}var ou={requiredKeyTags:M.custom({description:"Tag keys that must be present (case-sensitive), as a list or a comma-separated string like AWS Config's parameter. Empty: any tag will do.",oneOf:[{type:"array",items:{type:"string",minLength:1}},{type:"string"}]},[])};function ru(e){return(typeof e=="string"?e.split(","):e).map(n=>n.trim()).filter(n=>n!==""&&!n.startsWith("aws:"))}function ke(e){return m({id:e.id,title:e.title,category:"security",severity:"note",description:e.description,helpUri:"https://docs.aws.amazon.com/securityhub/latest/userguide/batch-controls.html",docs:{rationale:e.rationale,fix:e.fix,bad:e.bad,good:e.good,peers:e.peers},appliesTo:e.appliesTo,options:ou,messages:{untagged:"{{subject}} no tags; add tags (owner, cost center...) so it can be attributed, controlled and found.",missingKeys:"{{subject}} no tag with the required key(s) {{keys}}; add them."},check(t,n){let o=e.tags(t);if(o===void 0)return;let r=Eo(o);if(r===void 0)return;let i=ru(n.options.requiredKeyTags);if(i.length===0){r.length===0&&n.report({messageId:"untagged",data:{subject:e.subject},path:o.path});return}let a=i.filter(s=>!r.includes(s));a.length>0&&n.report({messageId:"missingKeys",data:{subject:e.subject,keys:a.map(s=>`"${s}"`).join(", ")},path:o.path})}})}var hi=ke({id:"job-queue-untagged",title:"Job queue without tags",description:"A job queue has no tags (or lacks the tag keys listed in the requiredKeyTags option); system tags starting with aws: do not count.",rationale:'Security Hub control Batch.1 ("Batch job queues should be tagged", severity Low) and AWS Config rule batch-job-queue-tagged fail a queue with no tag keys, or without the keys given in requiredKeyTags. Tags drive cost allocation, ownership and tag-based IAM (ABAC) on SubmitJob.',fix:'Add `tags` to the queue (for example `{team: data, cost-center: "1234"}`); set the `requiredKeyTags` option to enforce your tagging standard.',bad:`jobQueueName: etl-queue
priority: 10
computeEnvironmentOrder:
  - {order: 1, computeEnvironment: etl-ce}`,good:`jobQueueName: etl-queue
priority: 10
computeEnvironmentOrder:
  - {order: 1, computeEnvironment: etl-ce}
tags: {team: data}`,peers:["Security Hub Batch.1","AWS Config batch-job-queue-tagged","KICS Resource Not Using Tags (Terraform)"],appliesTo:["jobQueue"],subject:"The job queue has",tags:e=>$(e).tags});function iu(e){return{fairsharePolicy:we(g(e,"fairsharePolicy"),["fairsharePolicy"],(t,n)=>({shareDecaySeconds:f(t,"shareDecaySeconds",n,z),computeReservation:f(t,"computeReservation",n,z),shareDistribution:ge(g(t,"shareDistribution"),C(n,"shareDistribution"),(o,r,i)=>({index:i,path:r,shareIdentifier:f(o,"shareIdentifier",r,j),weightFactor:f(o,"weightFactor",r,z)}))})),tags:Me(g(e,"tags"),["tags"])}}var au=Te(iu);function Zt(e){return au(e.data)}var gi=ke({id:"scheduling-policy-untagged",title:"Scheduling policy without tags",description:"A scheduling policy has no tags (or lacks the tag keys listed in the requiredKeyTags option); system tags starting with aws: do not count.",rationale:`Security Hub control Batch.2 ("Batch scheduling policies should be tagged", severity Low) and AWS Config rule batch-scheduling-policy-tagged fail a scheduling policy with no tag keys, or without the keys given in requiredKeyTags. KICS's tag query does not look at scheduling policies.`,fix:"Add `tags` to the scheduling policy; set the `requiredKeyTags` option to enforce your tagging standard.",bad:`name: fair
fairsharePolicy:
  shareDecaySeconds: 3600`,good:`name: fair
fairsharePolicy:
  shareDecaySeconds: 3600
tags: {team: data}`,peers:["Security Hub Batch.2","AWS Config batch-scheduling-policy-tagged"],appliesTo:["schedulingPolicy"],subject:"The scheduling policy has",tags:e=>Zt(e).tags});var yi=ke({id:"compute-environment-untagged",title:"Compute environment without tags",description:"A compute environment has no tags (or lacks the tag keys listed in the requiredKeyTags option); system tags starting with aws: do not count.",rationale:'Security Hub control Batch.3 ("Batch compute environments should be tagged", severity Low) and AWS Config rule batch-compute-environment-tagged fail a compute environment with no tag keys, or without the keys given in requiredKeyTags. These are the tags of the compute environment itself; the instances it launches are tagged through computeResources.tags (see compute-resources-untagged).',fix:"Add `tags` to the compute environment; set the `requiredKeyTags` option to enforce your tagging standard.",bad:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: FARGATE
  maxvCpus: 64
  subnets: [subnet-0a1b2c3d]
  securityGroupIds: [sg-0a1b2c3d]`,good:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: FARGATE
  maxvCpus: 64
  subnets: [subnet-0a1b2c3d]
  securityGroupIds: [sg-0a1b2c3d]
tags: {team: data}`,peers:["Security Hub Batch.3","AWS Config batch-compute-environment-tagged","KICS Resource Not Using Tags (Terraform)"],appliesTo:["computeEnvironment"],subject:"The compute environment has",tags:e=>v(e).tags});var bi=ke({id:"compute-resources-untagged",title:"Compute environment instances without tags",description:"A managed EC2 or Spot compute environment sets no computeResources.tags (or lacks the tag keys listed in the requiredKeyTags option), so the instances it launches are untagged; unmanaged and Fargate environments, and environments with a launch template (whose TagSpecifications can tag the instances), are not evaluated.",rationale:`Security Hub control Batch.4 ("Compute resource properties in managed Batch compute environments should be tagged", severity Low) and AWS Config rule batch-managed-compute-env-compute-resources-tagged check computeResources.tags, the tags Batch applies to the EC2 instances it launches; they do not evaluate unmanaged or Fargate environments (Fargate rejects computeResources.tags). Compute environment tags do not propagate to instances, so without these the instances cannot be attributed in Cost Explorer. Changing them needs an infrastructure update. Instance tags from a launch template's TagSpecifications are merged with them (the compute environment wins on a key clash), so an environment with a launch template is not reported, as its tags are not in the input; Security Hub still checks computeResources.tags alone.`,fix:'Add `computeResources.tags` (for example `{Name: "Batch etl", team: data}`); set the `requiredKeyTags` option to enforce your tagging standard.',bad:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: EC2
  maxvCpus: 64
  subnets: [subnet-0a1b2c3d]`,good:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: EC2
  maxvCpus: 64
  subnets: [subnet-0a1b2c3d]
  tags: {Name: Batch etl, team: data}`,peers:["Security Hub Batch.4","AWS Config batch-managed-compute-env-compute-resources-tagged"],appliesTo:["computeEnvironment"],subject:"The instances this compute environment launches (computeResources.tags) have",tags:e=>{let t=v(e);if(!(!ye(t)||!T(t,"EC2","SPOT"))&&!N(t.resources.launchTemplate))return t.resources.tags}});var vi=[Qr,Yr,Zr,Xr,ei,ti,ni,oi,ri,ii,ai,si,ci,ui,mi,pi,fi,li,hi,gi,yi,bi];var Ei=m({id:"missing-retry-strategy",title:"No retry strategy",category:"retry",severity:"note",description:"A job definition without retryStrategy gets a single attempt: one Spot reclaim or host failure fails the job.",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/job_retries.html",docs:{rationale:'Without a retry strategy each job gets one attempt. AWS recommends retries for jobs on Spot (reclaims end attempts with a status reason starting "Host EC2"), and a final catch-all EXIT so that application errors are not retried. This is advice on its own; the placement rules raise it to a warning where the job can land on Spot.',fix:"Add retryStrategy with attempts, and evaluateOnExit entries that retry infrastructure failures and exit on everything else.",bad:`jobDefinitionName: etl
type: container`,good:`jobDefinitionName: etl
type: container
retryStrategy:
  attempts: 3
  evaluateOnExit:
    - onStatusReason: "Host EC2*"
      action: RETRY
    - onReason: "*"
      action: EXIT`},appliesTo:["jobDefinition"],messages:{missing:"No retryStrategy: each job gets one attempt, so a Spot reclaim or host failure fails it; add retryStrategy with attempts and evaluateOnExit."},check(e,t){q(b(e).retry.strategy)&&t.report({messageId:"missing",path:["jobDefinitionName"],key:!0})}});var Ai=m({id:"retry-evaluate-on-exit-without-attempts",title:"evaluateOnExit without attempts",category:"retry",severity:"error",description:"A retryStrategy with evaluateOnExit entries but no attempts, which AWS Batch rejects.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_RetryStrategy.html",docs:{rationale:'AWS: evaluateOnExit holds up to 5 conditions, and "If this parameter is specified, then the attempts parameter must also be specified." RegisterJobDefinition (and SubmitJob with a retryStrategy override) fails without it.',fix:"Add retryStrategy.attempts (1-10): the number of times the job may be moved to RUNNABLE, counting the first attempt.",bad:`jobDefinitionName: etl
type: container
retryStrategy:
  evaluateOnExit:
    - onStatusReason: "Host EC2*"
      action: RETRY
    - onReason: "*"
      action: EXIT`,good:`jobDefinitionName: etl
type: container
retryStrategy:
  attempts: 3
  evaluateOnExit:
    - onStatusReason: "Host EC2*"
      action: RETRY
    - onReason: "*"
      action: EXIT`},appliesTo:["jobDefinition"],messages:{missingAttempts:"retryStrategy has evaluateOnExit but no attempts, which AWS Batch rejects; add retryStrategy.attempts (1-10)."},check(e,t){let{retry:n}=b(e),o=d(n.evaluateOnExit);o===void 0||o.length===0||!q(n.attempts)||t.report({messageId:"missingAttempts",path:n.evaluateOnExit.path,key:!0})}});var Ri=/[A-Za-z0-9.: \t]/,su=/[0-9]/,cu=[{name:"onStatusReason",allowed:Ri,set:'letters, digits, ".", ":" and spaces',example:'"Host EC2*"'},{name:"onReason",allowed:Ri,set:'letters, digits, ".", ":" and spaces',example:'"CannotPullContainerError*"'},{name:"onExitCode",allowed:su,set:"digits",example:'"13*"'}],Pi=m({id:"retry-invalid-glob",title:"evaluateOnExit pattern AWS rejects",category:"retry",severity:"error",description:'An evaluateOnExit pattern with "*" anywhere but at the end, or with a character outside the documented set (letters, digits, ".", ":", white space; digits only for onExitCode).',helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_EvaluateOnExit.html",docs:{rationale:'The patterns are prefix globs, not general wildcards: AWS documents letters, digits, periods, colons and white space for onStatusReason and onReason, digits for onExitCode, and an optional "*" at the end only. Batch rejects anything else ("Evaluate on exit condition contains restricted characters"), so `*Spot*`, `Cannot*Error*` or `Host EC2 (instance i-*` fail registration.',fix:'Match on a prefix that uses only the allowed characters and end it with "*": `Host EC2*` rather than `*Host EC2 (instance*`, `CannotPullContainerError*` rather than `*PullContainer*`.',bad:`jobDefinitionName: etl
type: container
retryStrategy:
  attempts: 3
  evaluateOnExit:
    - onStatusReason: "*Host EC2*"
      action: RETRY
    - onReason: "*"
      action: EXIT`,good:`jobDefinitionName: etl
type: container
retryStrategy:
  attempts: 3
  evaluateOnExit:
    - onStatusReason: "Host EC2*"
      action: RETRY
    - onReason: "*"
      action: EXIT`},appliesTo:["jobDefinition"],messages:{innerStar:'{{field}} has "*" before its end, but AWS allows "*" only as the last character (a prefix match) and rejects the pattern; rewrite it as a prefix ending in "*", such as {{example}}.',badCharacter:'{{field}} contains {{character}}, which AWS rejects in this pattern (allowed: {{allowed}}, and a final "*"); cut the pattern before it and end it with "*".'},check(e,t){for(let n of b(e).retry.entries)for(let o of cu){let r=n[o.name],i=d(r);if(i===void 0)continue;let a=r.path,s=i.indexOf("*");if(s>=0&&s<i.length-1){t.report({messageId:"innerStar",data:{field:o.name,example:o.example},path:a});continue}let c=[...i.replace(/\*$/,"")].find(u=>!o.allowed.test(u));c!==void 0&&t.report({messageId:"badCharacter",data:{field:o.name,character:JSON.stringify(c),allowed:o.set},path:a})}}});var Si=m({id:"retry-no-catch-all-exit",title:"evaluateOnExit without a catch-all entry",category:"retry",severity:"warning",description:"A retryStrategy whose evaluateOnExit has no entry matching every exit: AWS Batch retries exits that match no entry, so application errors are retried too.",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/job_retries.html",docs:{rationale:'AWS: "If none of the EvaluateOnExit conditions in a RetryStrategy match, then the job is retried." Without an entry that matches everything, a bug, a bad input or an out-of-memory kill is retried up to `attempts` times, each attempt billed. AWS\'s own Spot example ends with {"onReason": "*", "action": "EXIT"}.',fix:'End evaluateOnExit with a catch-all entry, usually `{ onReason: "*", action: EXIT }` (or RETRY, if retrying everything else is what you want).',bad:`jobDefinitionName: etl
type: container
retryStrategy:
  attempts: 3
  evaluateOnExit:
    - onStatusReason: "Host EC2*"
      action: RETRY`,good:`jobDefinitionName: etl
type: container
retryStrategy:
  attempts: 3
  evaluateOnExit:
    - onStatusReason: "Host EC2*"
      action: RETRY
    - onReason: "*"
      action: EXIT`},appliesTo:["jobDefinition"],messages:{noCatchAll:'No evaluateOnExit entry matches every exit, and Batch retries exits that match no entry, so application failures are retried until all {{attempts}} attempts are used; add a final { onReason: "*", action: EXIT } entry.'},check(e,t){let{retry:n}=b(e),o=d(n.attempts);if(o===void 0||o<=1)return;let r=d(n.evaluateOnExit);r===void 0||r.length===0||n.hasCatchAll!==!1||t.report({messageId:"noCatchAll",data:{attempts:o},path:n.evaluateOnExit.path,key:!0})}});var wi=m({id:"retry-single-attempt",title:"RETRY entries with a single attempt",category:"retry",severity:"warning",description:"A retryStrategy with attempts 1 and evaluateOnExit entries that say RETRY: one attempt means nothing is ever retried, so those entries never take effect.",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/job_retries.html",docs:{rationale:"`attempts` is the number of times a job may be moved to RUNNABLE, counting the first attempt. With attempts 1 a RETRY action has no attempt left to use: a Spot reclaim or host failure fails the job, however evaluateOnExit is written. AWS recommends at least 1-3 retries for jobs on Spot.",fix:"Raise attempts to 2 or more (AWS's Spot example uses 5), or remove the RETRY entries if the job must never be retried.",bad:`jobDefinitionName: etl
type: container
retryStrategy:
  attempts: 1
  evaluateOnExit:
    - onStatusReason: "Host EC2*"
      action: RETRY
    - onReason: "*"
      action: EXIT`,good:`jobDefinitionName: etl
type: container
retryStrategy:
  attempts: 3
  evaluateOnExit:
    - onStatusReason: "Host EC2*"
      action: RETRY
    - onReason: "*"
      action: EXIT`},appliesTo:["jobDefinition"],messages:{neverRetried:"attempts is 1, so the RETRY entries in evaluateOnExit never take effect and a Spot reclaim or host failure fails the job; set attempts to 2 or more."},check(e,t){let{retry:n}=b(e);d(n.attempts)===1&&n.entries.some(o=>d(o.action)==="RETRY")&&t.report({messageId:"neverRetried",path:n.attempts.path})}});var Ti=[Ei,Ai,Pi,Si,wi];var Ci=m({id:"missing-timeout",title:"No job timeout",category:"timeout",severity:"warning",description:"A job definition without timeout.attemptDurationSeconds: Batch has no default timeout, so a hung job runs (and bills) until someone stops it.",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/job_timeouts.html",docs:{rationale:"AWS Batch has no default job timeout: without one, a job runs until its container exits. A deadlocked or stalled job holds its instance, and its place in the queue, indefinitely. The timeout can also be given at SubmitJob, which overrides the job definition.",fix:"Set timeout.attemptDurationSeconds (at least 60) to a generous upper bound of the job's run time. Timed-out attempts are not retried.",bad:`jobDefinitionName: etl
type: container`,good:`jobDefinitionName: etl
type: container
timeout:
  attemptDurationSeconds: 7200`},appliesTo:["jobDefinition"],messages:{missing:"No timeout: Batch has no default, so a hung job runs until stopped; set timeout.attemptDurationSeconds (or pass a timeout at every SubmitJob)."},check(e,t){let{timeout:n,attemptDurationSeconds:o}=b(e);L(n)||!q(o)||t.report({messageId:"missing",path:n.certainty==="absent"?["jobDefinitionName"]:n.path,key:!0})}});var uu=336*60*60,Ii=m({id:"timeout-fargate-over-14-days",title:"Fargate timeout above 14 days",category:"timeout",severity:"warning",description:"A Fargate job definition whose timeout is longer than 14 days (1,209,600 s), the longest a Fargate job can expect to run.",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/job_timeouts.html",docs:{rationale:`AWS: "Fargate jobs can't expect to run for longer than 14 days." Past that, the Fargate resources may no longer be available and the job is terminated, so a longer timeout promises a run time the platform does not give.`,fix:"Keep attemptDurationSeconds at or below 1,209,600 and checkpoint long work so that it can resume in a new job, or run it on EC2.",bad:`jobDefinitionName: etl
type: container
platformCapabilities: [FARGATE]
timeout:
  attemptDurationSeconds: 2592000`,good:`jobDefinitionName: etl
type: container
platformCapabilities: [FARGATE]
timeout:
  attemptDurationSeconds: 86400`},appliesTo:["jobDefinition"],messages:{tooLong:"timeout.attemptDurationSeconds is {{seconds}} s (about {{days}} days), but Fargate jobs can't expect to run longer than 14 days (1,209,600 s) and may be stopped first; lower it and checkpoint long work, or run the job on EC2."},check(e,t){let n=b(e);if(n.platform.capacity!=="fargate")return;let o=d(n.attemptDurationSeconds);o===void 0||o<=uu||t.report({messageId:"tooLong",data:{seconds:o,days:Math.round(o/86400*10)/10},path:n.attemptDurationSeconds.path})}});function mu(e){let t=d(e.jobQueueType);return t==="SAGEMAKER_TRAINING"||t===void 0&&e.serviceEnvironmentCount>0}var xi=m({id:"job-queue-no-time-limit-actions",title:"Queue without RUNNABLE time limits",category:"timeout",severity:"note",description:"A job queue without jobStateTimeLimitActions: a job that can never be placed stays at the head of the queue in RUNNABLE, and blocks the jobs behind it, until someone cancels it.",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/job_stuck_in_runnable_time_limit_actions.html",docs:{rationale:"When no compute environment can run the job at the head of a queue (no capacity for the instance types, a job larger than every maxvCpus or instance type), Batch keeps it in RUNNABLE with a status reason and the queue behind it waits. jobStateTimeLimitActions tells Batch to cancel such a job after maxTimeSeconds (600-86,400), so the next job can advance. AWS's example waits 4 hours (14,400 s) for CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY.",fix:"Add jobStateTimeLimitActions entries with state RUNNABLE, action CANCEL (TERMINATE on SageMaker Training queues) and a maxTimeSeconds per reason: CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY, MISCONFIGURATION:COMPUTE_ENVIRONMENT_MAX_RESOURCE and MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT.",bad:`jobQueueName: etl
priority: 1
computeEnvironmentOrder:
  - order: 1
    computeEnvironment: spot-ce`,good:`jobQueueName: etl
priority: 1
computeEnvironmentOrder:
  - order: 1
    computeEnvironment: spot-ce
jobStateTimeLimitActions:
  - reason: CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY
    state: RUNNABLE
    maxTimeSeconds: 14400
    action: CANCEL
  - reason: MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT
    state: RUNNABLE
    maxTimeSeconds: 600
    action: CANCEL`},appliesTo:["jobQueue"],messages:{missing:"No jobStateTimeLimitActions: a job that cannot be placed (no capacity, larger than every compute environment) blocks the queue in RUNNABLE until cancelled by hand; add CANCEL actions for CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY, MISCONFIGURATION:COMPUTE_ENVIRONMENT_MAX_RESOURCE and MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT.",missingService:"No jobStateTimeLimitActions: a service job that cannot get capacity blocks the queue until cancelled by hand; add TERMINATE actions for CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY, MISCONFIGURATION:SERVICE_ENVIRONMENT_MAX_RESOURCE and MISCONFIGURATION:QUOTA_MANAGEMENT_LIMIT_EXCEEDED."},check(e,t){let n=$(e),o=n.jobStateTimeLimitActions;if(o.certainty==="unknown"&&!o.invalid||o.certainty==="maybeAbsent"||o.certainty==="known"&&o.value.length>0)return;let r=mu(n)?"missingService":"missing";t.report({messageId:r,path:o.certainty==="absent"?["jobQueueName"]:o.path,key:!0})}});var On=["CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY","MISCONFIGURATION:COMPUTE_ENVIRONMENT_MAX_RESOURCE","MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT"],Mn=["CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY","MISCONFIGURATION:SERVICE_ENVIRONMENT_MAX_RESOURCE","MISCONFIGURATION:QUOTA_MANAGEMENT_LIMIT_EXCEEDED"],pu=["MISCONFIGURATION:SERVICE_ROLE_PERMISSIONS","MISCONFIGURATION:EC2_INSTANCE_CONFIGURATION_UNSUPPORTED","ACTION_REQUIRED","UNDETERMINED"];function du(e){let t=d(e.jobQueueType);if(t==="SAGEMAKER_TRAINING")return Mn;if(t==="ECS"||t==="ECS_FARGATE"||t==="EKS")return On;let n=e.serviceEnvironmentCount>0,o=k(e.computeEnvironmentOrder).length>0;return n&&!o?Mn:o&&!n?On:[...new Set([...On,...Mn])]}var Ni=m({id:"job-queue-time-limit-reason",title:"Time limit action on a reason Batch does not act on",category:"timeout",severity:"warning",description:"A jobStateTimeLimitActions entry whose reason is not one of the status reasons AWS Batch supports automatic actions for, so the action never fires.",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/job_stuck_in_runnable_time_limit_actions.html",docs:{rationale:"Batch applies a time limit action to a job at the head of the queue whose RUNNABLE status reason is the entry's reason. It supports exactly three reasons for ECS, EKS and Fargate queues (CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY, MISCONFIGURATION:COMPUTE_ENVIRONMENT_MAX_RESOURCE, MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT) and three for SageMaker Training queues (CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY, MISCONFIGURATION:SERVICE_ENVIRONMENT_MAX_RESOURCE, MISCONFIGURATION:QUOTA_MANAGEMENT_LIMIT_EXCEEDED). SERVICE_ROLE_PERMISSIONS, EC2_INSTANCE_CONFIGURATION_UNSUPPORTED, ACTION_REQUIRED and UNDETERMINED need manual investigation. Any other text (a typo, the full status message) never matches, and the job stays blocked.",fix:'Use one of the supported reasons exactly, without the " - ..." description Batch appends to the status reason.',bad:`jobQueueName: etl-queue
priority: 1
computeEnvironmentOrder:
  - order: 1
    computeEnvironment: spot-ce
jobStateTimeLimitActions:
  - reason: INSUFFICIENT_INSTANCE_CAPACITY
    state: RUNNABLE
    maxTimeSeconds: 14400
    action: CANCEL`,good:`jobQueueName: etl-queue
priority: 1
computeEnvironmentOrder:
  - order: 1
    computeEnvironment: spot-ce
jobStateTimeLimitActions:
  - reason: CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY
    state: RUNNABLE
    maxTimeSeconds: 14400
    action: CANCEL`},appliesTo:["jobQueue"],messages:{manual:"Batch takes no automatic action for {{reason}} (it needs manual investigation), so this entry never fires; use one of {{supported}}.",didYouMean:'Reason "{{reason}}" is not one Batch acts on, so this entry never fires; did you mean {{suggestion}}?',unsupported:'Reason "{{reason}}" is not one Batch acts on, so this entry never fires; use one of {{supported}}.'},check(e,t){let n=$(e),o=du(n);for(let r of k(n.jobStateTimeLimitActions)){let i=d(r.reason);if(i===void 0||o.includes(i))continue;let a=r.reason.path,s=o.join(", "),c=i.trim().toUpperCase(),u=pu.find(l=>c===l||c.startsWith(`${l} `));if(u){t.report({messageId:"manual",data:{reason:u,supported:s},path:a});continue}let p=o.find(l=>c===l||c.startsWith(`${l} `)||l.endsWith(`:${c}`));p?t.report({messageId:"didYouMean",data:{reason:i.slice(0,80),suggestion:p},path:a}):t.report({messageId:"unsupported",data:{reason:i.slice(0,80),supported:s},path:a})}}});function lu(e){let t=d(e.jobQueueType);if(t==="SAGEMAKER_TRAINING")return"service";if(t==="ECS"||t==="ECS_FARGATE"||t==="EKS")return"container";let n=e.serviceEnvironmentCount>0,o=k(e.computeEnvironmentOrder).length>0;if(n!==o)return n?"service":"container"}var ki=m({id:"job-queue-time-limit-action-unsupported",title:"Time limit action the queue type does not support",category:"timeout",severity:"error",description:"A jobStateTimeLimitActions entry with TERMINATE on an ECS, EKS or Fargate queue, or CANCEL on a SageMaker Training queue.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_JobStateTimeLimitAction.html",docs:{rationale:'AWS: "For job queues connected to a ECS, FARGATE or EKS compute environment, the only supported value is CANCEL ... For job queues connected to a SAGEMAKER_TRAINING service environment, the only supported value is TERMINATE."',fix:"Use CANCEL on queues of compute environments, TERMINATE on queues of SageMaker Training service environments.",bad:`jobQueueName: etl
priority: 1
computeEnvironmentOrder:
  - order: 1
    computeEnvironment: spot-ce
jobStateTimeLimitActions:
  - reason: CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY
    state: RUNNABLE
    maxTimeSeconds: 14400
    action: TERMINATE`,good:`jobQueueName: etl
priority: 1
computeEnvironmentOrder:
  - order: 1
    computeEnvironment: spot-ce
jobStateTimeLimitActions:
  - reason: CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY
    state: RUNNABLE
    maxTimeSeconds: 14400
    action: CANCEL`},appliesTo:["jobQueue"],messages:{terminateOnContainerQueue:"Action TERMINATE is supported only on SageMaker Training queues; on a queue of ECS, EKS or Fargate compute environments use CANCEL.",cancelOnServiceQueue:"Action CANCEL is not supported on a SageMaker Training queue; use TERMINATE."},check(e,t){let n=$(e),o=lu(n);if(o)for(let r of k(n.jobStateTimeLimitActions)){let i=d(r.action),a=r.action.path;o==="container"&&i==="TERMINATE"&&t.report({messageId:"terminateOnContainerQueue",path:a}),o==="service"&&i==="CANCEL"&&t.report({messageId:"cancelOnServiceQueue",path:a})}}});var Fi=[Ci,Ii,xi,Ni,ki];var ji=m({id:"legacy-resource-fields",title:"Deprecated vcpus / memory fields",category:"sizing",severity:"warning",description:"A container sizes itself with the deprecated vcpus / memory fields instead of resourceRequirements.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ContainerProperties.html",docs:{rationale:'AWS deprecated containerProperties.vcpus and .memory in favour of resourceRequirements. On Fargate they are not allowed at all, which fargate-unsupported-field reports as an error (this rule then stays silent). A SubmitJob override through the legacy keys does not override values the job definition sets in resourceRequirements ("This value was submitted in a deprecated key and may conflict...").',fix:'Move the values into resourceRequirements as {type: VCPU, value: "N"} and {type: MEMORY, value: "MiB"}.',bad:`jobDefinitionName: etl
type: container
containerProperties:
  image: my-image:1.0
  vcpus: 2
  memory: 4096`,good:`jobDefinitionName: etl
type: container
containerProperties:
  image: my-image:1.0
  resourceRequirements:
    - type: VCPU
      value: "2"
    - type: MEMORY
      value: "4096"`},appliesTo:["jobDefinition"],messages:{legacy:'The {{where}} sets the deprecated "{{field}}"; use resourceRequirements with type {{type}} instead.'},check(e,t){let n=b(e);if(n.platform.kind!=="fargate"){for(let o of n.containers)if(o.kind==="ecs")for(let[r,i,a]of[["vcpus","VCPU",o.legacyVcpus],["memory","MEMORY",o.legacyMemory]])a.certainty!=="absent"&&t.report({messageId:"legacy",data:{where:o.label,field:r,type:i},path:a.path,key:!0})}}});function Xt(e){let t=/^\s*(\d+)\s*$/.exec(e);if(t)return{start:Number(t[1]),end:Number(t[1])};let n=/^\s*(\d*)\s*:\s*(\d*)\s*$/.exec(e);if(!n)return;let o=n[1]?Number(n[1]):0,r=n[2]?Number(n[2]):void 0;if(!(r!==void 0&&r<o))return{start:o,end:r}}function en(e,t,n,o=3){let r=Math.min(n?.end??t-1,t-1),i=e.map(c=>({start:c.start,end:c.end??t-1})).sort((c,u)=>c.start-u.start),a=[],s=n?.start??0;for(let c of i){if(s>r)break;c.end<s||(c.start>s&&a.push(Oi(s,Math.min(c.start-1,r))),s=Math.max(s,c.end+1))}return s<=r&&a.push(Oi(s,r)),a.slice(0,o)}function Oi(e,t){return e===t?String(e):`${e}:${t}`}var Mi=["VCPU","MEMORY"],Di=m({id:"missing-resource-requirements",title:"No VCPU or MEMORY requirement",category:"sizing",severity:"error",description:"A container job sets no VCPU or no MEMORY (in resourceRequirements or the legacy vcpus / memory), or a multi-node parallel job leaves nodes without one.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ResourceRequirement.html",docs:{rationale:'AWS: VCPU and MEMORY are each "required but can be specified in several places for multi-node parallel (MNP) jobs. It must be specified for each node at least once." Registration fails without them (RegisterJobDefinition answers "vCPU is not provided"). Only containerProperties and multinode node containers are checked: for ecsProperties the API text and the console guide disagree on where VCPU and MEMORY go, and EKS jobs size themselves through resources.requests / limits.',fix:`Add {type: VCPU, value: "N"} and {type: MEMORY, value: "MiB"} to the container's resourceRequirements; for a multi-node parallel job, make sure every node index falls in a node range whose container sets them.`,bad:`jobDefinitionName: etl
type: container
containerProperties:
  image: my-image:1.0
  resourceRequirements:
    - type: VCPU
      value: "2"`,good:`jobDefinitionName: etl
type: container
containerProperties:
  image: my-image:1.0
  resourceRequirements:
    - type: VCPU
      value: "2"
    - type: MEMORY
      value: "4096"`},appliesTo:["jobDefinition"],messages:{missing:'The container in containerProperties sets no {{type}}; add a resourceRequirements entry {type: {{type}}, value: "..."} (AWS requires it for every job).',missingOnNodes:"No node range gives {{type}} to node{{plural}} {{nodes}} of this multi-node parallel job; add a resourceRequirements entry {type: {{type}}} to the container of node range {{range}}."},check(e,t){let n=b(e);if(n.platform.kind==="eks")return;let o=n.containers.find(s=>s.path.length===1&&s.path[0]==="containerProperties");if(o&&!o.requirementsUnknown)for(let s of Mi)pn(o,s)||t.report({messageId:"missing",data:{type:s},path:o.path,key:!0});let{nodes:r}=n,i=d(r.numNodes);if(i===void 0||!Number.isInteger(i)||i<1||d(r.nodeRangeProperties)===void 0)return;let a=[];for(let s of r.ranges){let c=d(s.targetNodes),u=c===void 0?void 0:Xt(c);if(!u||c===void 0)return;a.push({range:u,text:c,container:s.containerFacts,path:s.container.path})}for(let s of Mi){let c=a.filter(u=>!u.container||u.container.requirementsUnknown||pn(u.container,s));for(let u of a){if(c.includes(u))continue;let p=en(c.map(l=>l.range),i,u.range);p.length!==0&&t.report({messageId:"missingOnNodes",data:{type:s,nodes:p.join(", "),range:u.text,plural:p.length===1&&!p[0].includes(":")?"":"s"},path:[...u.path],key:!0})}}}});var fu=/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/,hu=4;function gu(e){return JSON.stringify(e.length>40?`${e.slice(0,40)}...`:e)}var _i=m({id:"invalid-resource-value",title:"resourceRequirements value is not a valid number",category:"sizing",severity:"error",description:'A VCPU, MEMORY or GPU value in resourceRequirements is not a number (units such as "4GB" or "2048Mi" included), or MEMORY is below the 4 MiB minimum.',helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ResourceRequirement.html",docs:{rationale:'resourceRequirements values are strings holding a number: VCPU in vCPUs, MEMORY in MiB, GPU as a count. AWS: "You must specify at least 4 MiB of memory for a job." A value with a unit or a word in it is rejected at registration.',fix:'Write the bare number as a string: MEMORY in MiB ("4096", not "4GB" or "4096Mi"), VCPU in vCPUs ("2"), GPU as a count ("1").',bad:`jobDefinitionName: etl
type: container
containerProperties:
  image: my-image:1.0
  resourceRequirements:
    - type: VCPU
      value: "2"
    - type: MEMORY
      value: "4GB"`,good:`jobDefinitionName: etl
type: container
containerProperties:
  image: my-image:1.0
  resourceRequirements:
    - type: VCPU
      value: "2"
    - type: MEMORY
      value: "4096"`},appliesTo:["jobDefinition"],messages:{notNumber:"The {{type}} value {{value}} of the {{where}} is not a number; write the bare number ({{unit}}) as a string.",memoryTooSmall:"The MEMORY of the {{where}} is {{value}} MiB; AWS requires at least 4 MiB."},check(e,t){for(let n of b(e).containers)if(n.kind==="ecs")for(let o of n.requirements){let r=o.value.certainty==="known"?o.value.value:void 0;if(typeof r!="string")continue;let i=o.value.path;if(fu.test(r))o.type==="MEMORY"&&Number(r)<hu&&t.report({messageId:"memoryTooSmall",data:{where:n.label,value:Number(r)},path:i});else{let a=o.type==="MEMORY"?'MiB, for example "4096"':o.type==="VCPU"?'vCPUs, for example "2"':'a count, for example "1"';t.report({messageId:"notNumber",data:{type:o.type,value:gu(r),where:n.label,unit:a},path:i})}}}});var Ui=m({id:"ec2-vcpu-below-one",title:"Less than 1 vCPU on EC2",category:"sizing",severity:"error",description:"A job that runs on EC2 asks for less than one vCPU (VCPU below 1, or a legacy vcpus below 1).",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ResourceRequirement.html",docs:{rationale:'AWS: "For Amazon EC2 resources, you must specify at least one vCPU." Fractions of a vCPU (0.25, 0.5) are Fargate sizes. Values of 1 or more with a fraction (1.5) are not reported: whether EC2 accepts them is not documented.',fix:"Ask for at least 1 vCPU, or run the job on Fargate (platformCapabilities: [FARGATE]) if a fraction of a vCPU is what it needs.",bad:`jobDefinitionName: etl
type: container
platformCapabilities: [EC2]
containerProperties:
  image: my-image:1.0
  resourceRequirements:
    - type: VCPU
      value: "0.5"
    - type: MEMORY
      value: "1024"`,good:`jobDefinitionName: etl
type: container
platformCapabilities: [EC2]
containerProperties:
  image: my-image:1.0
  resourceRequirements:
    - type: VCPU
      value: "1"
    - type: MEMORY
      value: "1024"`},appliesTo:["jobDefinition"],messages:{belowOne:"The {{where}} asks for {{value}} vCPU, but jobs on EC2 need at least 1; ask for 1 or more, or run it on Fargate."},check(e,t){let n=b(e);if(n.platform.kind==="ec2")for(let o of n.containers){if(o.shape!=="containerProperties")continue;let r=De(o,"VCPU");if(r&&r.value<1){t.report({messageId:"belowOne",data:{where:o.label,value:r.value},path:r.path});continue}let i=d(o.legacyVcpus);!r&&i!==void 0&&i<1&&t.report({messageId:"belowOne",data:{where:o.label,value:i},path:o.legacyVcpus.path})}}});var yu=[...dt.keys()].join(", ");function bu(e){let t=e.length>4?e[1]-e[0]:0;return t>0&&e.every((o,r)=>r===0||o-e[r-1]===t)?`${e[0]} to ${e[e.length-1]} in steps of ${t}`:e.join(", ")}var Bi=m({id:"fargate-invalid-size",title:"Not a valid Fargate vCPU / memory combination",category:"sizing",severity:"error",description:"A Fargate job asks for a VCPU value Fargate does not offer, or a MEMORY value that is not valid with its VCPU.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ResourceRequirement.html",docs:{rationale:'AWS: for jobs on Fargate, VCPU "must match one of the supported values and the MEMORY values must be one of the values supported for that VCPU value" (0.25 vCPU: 512-2048 MiB; 1 vCPU: 2048-8192 MiB; 4 vCPU: 8192-30720 MiB in steps of 1024; ... 16 vCPU: 32768-122880 MiB in steps of 8192). The 32 vCPU sizes (61440, 122880, 249856 MiB) are in the newer User Guide and the ECS guide and are accepted here. The table lives in src/model/fargate-sizes.ts, generated from the AWS text. Multi-container (ecsProperties) jobs are not checked: how their per-container values add up to a task size is not documented.',fix:'Pick a supported pair, for example VCPU "1" with MEMORY "2048" to "8192", or VCPU "2" with MEMORY "4096" to "16384" in steps of 1024.',bad:`jobDefinitionName: etl
type: container
platformCapabilities: [FARGATE]
containerProperties:
  image: my-image:1.0
  executionRoleArn: arn:aws:iam::123456789012:role/exec
  resourceRequirements:
    - type: VCPU
      value: "1"
    - type: MEMORY
      value: "1000"`,good:`jobDefinitionName: etl
type: container
platformCapabilities: [FARGATE]
containerProperties:
  image: my-image:1.0
  executionRoleArn: arn:aws:iam::123456789012:role/exec
  resourceRequirements:
    - type: VCPU
      value: "1"
    - type: MEMORY
      value: "2048"`},appliesTo:["jobDefinition"],messages:{vcpu:"VCPU {{vcpu}} is not a Fargate size; use one of {{allowed}}.",memory:"MEMORY {{memory}} MiB is not valid with {{vcpu}} vCPU on Fargate; use {{allowed}} MiB."},check(e,t){let n=b(e);if(n.platform.kind!=="fargate")return;let o=n.containers.find(s=>s.path.length===1&&s.path[0]==="containerProperties");if(!o)return;let r=De(o,"VCPU");if(!r)return;let i=dt.get(r.value);if(!i){t.report({messageId:"vcpu",data:{vcpu:r.value,allowed:yu},path:r.path});return}let a=De(o,"MEMORY");a&&!i.includes(a.value)&&t.report({messageId:"memory",data:{memory:a.value,vcpu:r.value,allowed:bu(i)},path:a.path})}});var it="remove it, or run the job on EC2";function vu(e){let t=e.linuxParameters;return[{field:"vcpus",fact:e.legacyVcpus,fix:"move the value into resourceRequirements as {type: VCPU}"},{field:"memory",fact:e.legacyMemory,fix:"move the value into resourceRequirements as {type: MEMORY}"},{field:"instanceType",fact:e.instanceType,fix:"remove it (it is for multi-node parallel jobs on EC2)"},{field:"ulimits",fact:e.ulimits,fix:it},{field:"linuxParameters.devices",fact:t.devices,fix:it},{field:"linuxParameters.tmpfs",fact:t.tmpfs,fix:it},{field:"linuxParameters.sharedMemorySize",fact:t.sharedMemorySize,fix:it},{field:"linuxParameters.maxSwap",fact:t.maxSwap,fix:it},{field:"linuxParameters.swappiness",fact:t.swappiness,fix:it}]}var Eu=new Set(["awslogs","splunk"]),Gi=m({id:"fargate-unsupported-field",title:"Setting Fargate does not support",category:"sizing",severity:"error",description:"A Fargate job definition uses something Fargate rejects: legacy vcpus / memory, ulimits, linuxParameters devices / tmpfs / shared memory / swap, instanceType, host volumes, a log driver other than awslogs or splunk, GPUs, or multi-node parallel.",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/fargate-job-definitions.html",docs:{rationale:`The User Guide lists what does not apply to Fargate jobs: instanceType, ulimits, linuxParameters devices, maxSwap, sharedMemorySize, swappiness and tmpfs, host volumes (reported when they name a host.sourcePath); "GPUs aren't available for jobs that are running on Fargate resources"; Fargate jobs may only use the awslogs and splunk log drivers; the legacy vcpus / memory fields are not allowed; multi-node parallel jobs are not supported on Fargate. Privileged containers are reported by privileged-container. Empty lists (as describe outputs show them) are not reported. For ecsProperties containers, the awsfirelens driver and ulimits are not reported: multi-container jobs document FireLens, and their ulimits text says Fargate overrides nofile.`,fix:"Remove the setting, move the job to EC2 (platformCapabilities: [EC2]) when it truly needs it, or use the Fargate equivalent: resourceRequirements for sizing, EFS or ephemeralStorage instead of host volumes, awslogs for logs.",bad:`jobDefinitionName: etl
type: container
platformCapabilities: [FARGATE]
containerProperties:
  image: my-image:1.0
  executionRoleArn: arn:aws:iam::123456789012:role/exec
  ulimits:
    - { name: nofile, softLimit: 65536, hardLimit: 65536 }
  resourceRequirements:
    - type: VCPU
      value: "1"
    - type: MEMORY
      value: "2048"`,good:`jobDefinitionName: etl
type: container
platformCapabilities: [FARGATE]
containerProperties:
  image: my-image:1.0
  executionRoleArn: arn:aws:iam::123456789012:role/exec
  logConfiguration:
    logDriver: awslogs
  resourceRequirements:
    - type: VCPU
      value: "1"
    - type: MEMORY
      value: "2048"`},appliesTo:["jobDefinition"],messages:{field:'The {{where}} sets "{{field}}", which Fargate does not support; {{fix}}.',logDriver:'The {{where}} uses the "{{driver}}" log driver, but Fargate jobs can only use awslogs or splunk; switch to awslogs.',gpu:"The {{where}} asks for GPUs, which Fargate does not offer; run GPU jobs on EC2 with GPU instance types.",hostVolume:"Volume {{name}} is a host path, which Fargate does not support; use an EFS volume or the task's ephemeral storage.",multinode:"Multi-node parallel jobs cannot run on Fargate; use platformCapabilities [EC2] with an EC2 On-Demand compute environment."},check(e,t){let n=b(e);if(n.platform.kind==="fargate"){d(n.type)==="multinode"?t.report({messageId:"multinode",path:n.type.path}):un(n.nodes.present)&&t.report({messageId:"multinode",path:n.nodes.present.path,key:!0});for(let o of n.containers){if(o.kind!=="ecs"||o.inNodeRange)continue;let r=o.shape==="ecsTask";for(let{field:c,fact:u,fix:p}of vu(o))r&&(c==="vcpus"||c==="memory"||c==="instanceType"||c==="ulimits")||un(u)&&t.report({messageId:"field",data:{where:o.label,field:c,fix:p},path:u.path,key:!0});let i=d(o.logDriver);i!==void 0&&!Eu.has(i)&&!(r&&i==="awsfirelens")&&t.report({messageId:"logDriver",data:{where:o.label,driver:i},path:o.logDriver.path});let a=St(o,"GPU"),s=a?.value.certainty==="known"?Ve(a.value.value):void 0;a&&s!==void 0&&!/^\s*0*\s*$/.test(s)&&t.report({messageId:"gpu",data:{where:o.label},path:a.value.path})}for(let o of n.tasks)if(o.path[0]!=="nodeProperties")for(let r of o.volumes){if(r.host.certainty!=="known"||r.hostPath.certainty==="absent"||d(r.hostPath)==="")continue;let i=d(r.name);t.report({messageId:"hostVolume",data:{name:i?`"${i}"`:`#${r.index+1}`},path:r.host.path,key:!0})}}}});var qi=m({id:"fargate-execution-role-missing",title:"Fargate job without an execution role",category:"sizing",severity:"error",description:"A Fargate job definition has no executionRoleArn (in containerProperties, or in an ecsProperties task).",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/fargate-job-definitions.html",docs:{rationale:'AWS: executionRoleArn is "required for jobs that run on Fargate resources". Fargate pulls the image and writes the logs with this role (trusting ecs-tasks.amazonaws.com, usually with AmazonECSTaskExecutionRolePolicy); without it the job definition is rejected.',fix:"Set executionRoleArn to the ARN of a role that trusts ecs-tasks.amazonaws.com and has the AmazonECSTaskExecutionRolePolicy managed policy.",bad:`jobDefinitionName: etl
type: container
platformCapabilities: [FARGATE]
containerProperties:
  image: my-image:1.0
  resourceRequirements:
    - type: VCPU
      value: "1"
    - type: MEMORY
      value: "2048"`,good:`jobDefinitionName: etl
type: container
platformCapabilities: [FARGATE]
containerProperties:
  image: my-image:1.0
  executionRoleArn: arn:aws:iam::123456789012:role/ecsTaskExecutionRole
  resourceRequirements:
    - type: VCPU
      value: "1"
    - type: MEMORY
      value: "2048"`},appliesTo:["jobDefinition"],messages:{missing:"This Fargate job has no executionRoleArn in {{where}}; add the ARN of a task execution role (trusting ecs-tasks.amazonaws.com)."},check(e,t){let n=b(e);if(n.platform.kind==="fargate")for(let o of n.tasks)o.path[0]==="nodeProperties"||o.executionRoleArn.certainty!=="absent"||(o.shape==="containerProperties"?t.report({messageId:"missing",data:{where:"containerProperties"},path:o.path,key:!0}):t.report({messageId:"missing",data:{where:"the ecsProperties task"},path:o.path}))}});function Li(e){let t=/^\s*(\d+)\.(\d+)\.(\d+)\s*$/.exec(e);if(!t)return!1;let[n,o]=[Number(t[1]),Number(t[2])];return n<1||n===1&&o<4}function $i(e){return e.volumes.some(t=>t.efs!==void 0)}var Vi=m({id:"fargate-platform-version",title:"Fargate platform version too old for the job",category:"sizing",severity:"error",description:"A Fargate job pins a platform version below 1.4.0 but mounts an EFS volume or asks for 8, 16 or 32 vCPU, which need 1.4.0 or later.",helpUri:"https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html",docs:{rationale:'The 8, 16 and 32 vCPU Fargate sizes "require Linux platform 1.4.0 or later" (ECS Developer Guide), and for EFS volumes on Fargate "platformVersion 1.4.0 or later is required" (https://docs.aws.amazon.com/batch/latest/APIReference/API_Volume.html). LATEST, the default, is 1.4.0 on Linux and is never reported.',fix:"Set fargatePlatformConfiguration.platformVersion to LATEST or 1.4.0 (or remove it: LATEST is the default).",bad:`jobDefinitionName: etl
type: container
platformCapabilities: [FARGATE]
containerProperties:
  image: my-image:1.0
  executionRoleArn: arn:aws:iam::123456789012:role/exec
  fargatePlatformConfiguration:
    platformVersion: 1.3.0
  resourceRequirements:
    - type: VCPU
      value: "8"
    - type: MEMORY
      value: "16384"`,good:`jobDefinitionName: etl
type: container
platformCapabilities: [FARGATE]
containerProperties:
  image: my-image:1.0
  executionRoleArn: arn:aws:iam::123456789012:role/exec
  fargatePlatformConfiguration:
    platformVersion: LATEST
  resourceRequirements:
    - type: VCPU
      value: "8"
    - type: MEMORY
      value: "16384"`},appliesTo:["jobDefinition"],messages:{size:"Platform version {{version}} cannot run a {{vcpu}} vCPU Fargate job (8, 16 and 32 vCPU need 1.4.0 or later); use LATEST or 1.4.0.",efs:"Platform version {{version}} cannot mount EFS volumes on Fargate (EFS needs 1.4.0 or later); use LATEST or 1.4.0."},check(e,t){let n=b(e);if(n.platform.kind!=="fargate")return;let o=n.containers.find(i=>i.path.length===1&&i.path[0]==="containerProperties"),r=o&&d(o.fargatePlatformVersion);if(o&&r!==void 0&&Li(r)){let i=o.fargatePlatformVersion.path,a=De(o,"VCPU");a&&Tr.has(a.value)&&t.report({messageId:"size",data:{version:r,vcpu:a.value},path:i});let s=n.tasks.find(c=>c.path.length===1&&c.path[0]==="containerProperties");s&&$i(s)&&t.report({messageId:"efs",data:{version:r},path:i})}for(let i of n.tasks){if(i.path[0]!=="ecsProperties")continue;let a=d(i.platformVersion);a===void 0||!Li(a)||$i(i)&&t.report({messageId:"efs",data:{version:a},path:i.platformVersion.path})}}});var zi=m({id:"ec2-job-fargate-field",title:"Fargate-only setting on an EC2 job",category:"sizing",severity:"error",description:"A job that runs on EC2 (platformCapabilities EC2, or not set) sets networkConfiguration or fargatePlatformConfiguration, which are for Fargate jobs only.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ContainerProperties.html",docs:{rationale:'AWS, for both networkConfiguration and fargatePlatformConfiguration: "Jobs that are running on Amazon EC2 resources must not specify this parameter." platformCapabilities defaults to EC2, so a job meant for Fargate that forgets platformCapabilities: [FARGATE] lands here too.',fix:"Add platformCapabilities: [FARGATE] if the job is meant for Fargate; otherwise remove the Fargate-only settings.",bad:`jobDefinitionName: etl
type: container
containerProperties:
  image: my-image:1.0
  networkConfiguration:
    assignPublicIp: ENABLED
  resourceRequirements:
    - type: VCPU
      value: "1"
    - type: MEMORY
      value: "2048"`,good:`jobDefinitionName: etl
type: container
platformCapabilities: [FARGATE]
containerProperties:
  image: my-image:1.0
  executionRoleArn: arn:aws:iam::123456789012:role/exec
  networkConfiguration:
    assignPublicIp: ENABLED
  resourceRequirements:
    - type: VCPU
      value: "1"
    - type: MEMORY
      value: "2048"`},appliesTo:["jobDefinition"],messages:{fargateOnly:'The {{where}} sets "{{field}}", which only Fargate jobs may set, but this job runs on EC2; add platformCapabilities: [FARGATE] or remove "{{field}}".'},check(e,t){let n=b(e);if(n.platform.kind==="ec2"){for(let o of n.containers)if(o.shape==="containerProperties")for(let[r,i]of[["networkConfiguration",o.networkConfiguration],["fargatePlatformConfiguration",o.fargatePlatformConfiguration]])i.certainty!=="absent"&&t.report({messageId:"fargateOnly",data:{where:o.label,field:r},path:i.path,key:!0})}}});var Au=5,Ji=m({id:"multinode-node-ranges",title:"Multi-node node ranges that AWS rejects",category:"sizing",severity:"error",description:"A multi-node parallel job has mainNode outside 0..numNodes-1, a targetNodes that is not a range, node ranges that leave nodes uncovered, or more than 5 node groups.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_NodeRangeProperty.html",docs:{rationale:'AWS: mainNode "must be less than the number of nodes"; targetNodes is a range a:b (":n" starts at 0, "n:" ends at the last node) and "your accumulative node ranges must account for all nodes (0:n)"; a job has up to 5 distinct node groups (User Guide, job definition parameters). Nested ranges are allowed. A node that no range covers has no container to run.',fix:'Keep mainNode below numNodes, write targetNodes as "a:b", "a:" or ":b", make the ranges together cover 0 to numNodes-1 (an open end such as "1:" is the simplest), and use at most 5 node ranges.',bad:`jobDefinitionName: mpi
type: multinode
nodeProperties:
  numNodes: 4
  mainNode: 0
  nodeRangeProperties:
    - targetNodes: "0:1"
      container: { image: my-image:1.0 }`,good:`jobDefinitionName: mpi
type: multinode
nodeProperties:
  numNodes: 4
  mainNode: 0
  nodeRangeProperties:
    - targetNodes: "0:"
      container: { image: my-image:1.0 }`},appliesTo:["jobDefinition"],messages:{mainNode:"mainNode is {{mainNode}} but the job has {{numNodes}} nodes (indexes 0 to {{last}}); set mainNode below numNodes.",badRange:'targetNodes {{text}} is not a node range; write "a:b", "a:" or ":b" with node indexes, a <= b.',uncovered:'No node range covers node{{plural}} {{nodes}} (the job has nodes 0 to {{last}}); extend a range, for example with an open end "n:", so that together they cover every node.',tooManyGroups:"This job has {{count}} node ranges; AWS allows at most 5 node groups per multi-node parallel job."},check(e,t){let{nodes:n}=b(e),o=d(n.numNodes),r=o!==void 0&&Number.isInteger(o)&&o>=1,i=d(n.mainNode);r&&i!==void 0&&i>=o&&t.report({messageId:"mainNode",data:{mainNode:i,numNodes:o,last:o-1},path:n.mainNode.path});let a=d(n.nodeRangeProperties);if(a===void 0)return;a.length>Au&&t.report({messageId:"tooManyGroups",data:{count:a.length},path:n.nodeRangeProperties.path,key:!0});let s=[],c=!0;for(let p of n.ranges){let l=d(p.targetNodes);if(l===void 0){c=!1;continue}let h=Xt(l);h?s.push(h):(c=!1,t.report({messageId:"badRange",data:{text:JSON.stringify(l.slice(0,40))},path:p.targetNodes.path}))}if(!r||!c)return;let u=en(s,o);if(u.length>0){let p=u.length===1&&!u[0].includes(":");t.report({messageId:"uncovered",data:{nodes:u.join(", "),plural:p?"":"s",last:o-1},path:n.nodeRangeProperties.path,key:!0})}}});var Wi=m({id:"multinode-instance-type",title:"Node groups with different instance types",category:"sizing",severity:"error",description:"The node ranges of a multi-node parallel job name different instance types (container.instanceType or instanceTypes).",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_NodeRangeProperty.html",docs:{rationale:'AWS (ContainerProperties.instanceType): "All node groups in a multi-node parallel job must use the same instance type." NodeRangeProperty.instanceTypes is "currently limited to one element".',fix:"Name the same instance type in every node range, or name it in none and let the compute environment choose.",bad:`jobDefinitionName: mpi
type: multinode
nodeProperties:
  numNodes: 3
  mainNode: 0
  nodeRangeProperties:
    - targetNodes: "0"
      container: { image: my-image:1.0, instanceType: c5.4xlarge }
    - targetNodes: "1:"
      container: { image: my-image:1.0, instanceType: c5.9xlarge }`,good:`jobDefinitionName: mpi
type: multinode
nodeProperties:
  numNodes: 3
  mainNode: 0
  nodeRangeProperties:
    - targetNodes: "0"
      container: { image: my-image:1.0, instanceType: c5.9xlarge }
    - targetNodes: "1:"
      container: { image: my-image:1.0, instanceType: c5.9xlarge }`},appliesTo:["jobDefinition"],messages:{mixed:"This node range uses instance type {{type}} while another uses {{first}}; all node groups of a multi-node parallel job must use the same instance type."},check(e,t){let n;for(let o of b(e).nodes.ranges)for(let r of[o.instanceType,...o.instanceTypes]){let i=d(r);i&&(n===void 0?n=i:i.trim().toLowerCase()!==n.trim().toLowerCase()&&t.report({messageId:"mixed",data:{type:i,first:n},path:r.path}))}}});function Dn(e){let t=/^\s*(\d+)Mi\s*$/.exec(e);return t?Number(t[1]):void 0}function _n(e){return/^\s*(\d+(\.\d+)?|\.\d+)\s*$/.test(e)?Number(e):void 0}function Un(e){return/^\s*\d+\s*$/.test(e)?Number(e):void 0}function Bn(e,t){return e==="memory"?Dn(t):e==="cpu"?_n(t):Un(t)}function Gn(e){return JSON.stringify(e.length>40?`${e.slice(0,40)}...`:e)}var Ki=m({id:"eks-resource-format",title:"EKS resource quantity AWS Batch does not accept",category:"sizing",severity:"error",description:`An EKS container's resources.limits or requests gives memory other than whole MiB with "Mi", cpu that is not a multiple of 0.25 (millicores included), or a GPU count that is not a whole number.`,helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_EksContainerResourceRequirements.html",docs:{rationale:'AWS Batch accepts only part of the Kubernetes quantity syntax. memory: "The memory hard limit (in MiB) for the container, using whole integers, with a "Mi" suffix... You must specify at least 4 MiB"; so "2Gi", "2048" and "2048M" are rejected. cpu: "Values must be an even multiple of 0.25", so millicores such as "100m" and values such as "0.3" are rejected. nvidia.com/gpu: "Values must be a whole integer."',fix:'Write memory as whole MiB with the Mi suffix ("2048Mi"), cpu as a multiple of 0.25 ("0.25", "1", "2.5"), and nvidia.com/gpu as a whole number ("1").',bad:`jobDefinitionName: etl
type: container
eksProperties:
  podProperties:
    containers:
      - image: my-image:1.0
        resources:
          requests:
            cpu: 500m
            memory: 2Gi`,good:`jobDefinitionName: etl
type: container
eksProperties:
  podProperties:
    containers:
      - image: my-image:1.0
        resources:
          requests:
            cpu: "0.5"
            memory: 2048Mi`},appliesTo:["jobDefinition"],messages:{memory:'memory {{value}} in the {{where}} is not whole MiB with the "Mi" suffix; write it as for example "2048Mi" (2 GiB).',memoryTooSmall:"memory in the {{where}} is {{value}} MiB; AWS requires at least 4Mi.",cpu:'cpu {{value}} in the {{where}} is not a positive multiple of 0.25 vCPU (millicores such as "100m" are not accepted); write for example "0.25", "1" or "2.5".',gpu:'nvidia.com/gpu {{value}} in the {{where}} is not a whole number of GPUs; write for example "1".'},check(e,t){for(let n of b(e).containers)for(let{side:o,key:r,value:i}of n.eksResources){let a=d(i);if(a===void 0)continue;let s=i.path,c=`${o} of the ${n.label}`;if(r==="memory"){let u=Dn(a);u===void 0?t.report({messageId:"memory",data:{value:Gn(a),where:c},path:s}):u<4&&t.report({messageId:"memoryTooSmall",data:{value:u,where:c},path:s})}else if(r==="cpu"){let u=_n(a);(u===void 0||u<.25||!Number.isInteger(u*4))&&t.report({messageId:"cpu",data:{value:Gn(a),where:c},path:s})}else Un(a)===void 0&&t.report({messageId:"gpu",data:{value:Gn(a),where:c},path:s})}}});var Hi=m({id:"eks-limits-requests",title:"EKS limits that do not match requests",category:"sizing",severity:"error",description:"An EKS container sets memory or nvidia.com/gpu in both limits and requests with different values, or a cpu limit below its request.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_EksContainerResourceRequirements.html",docs:{rationale:`AWS: "If memory is specified in both places, then the value that's specified in limits must be equal to the value that's specified in requests"; the same holds for nvidia.com/gpu; for cpu "the value that's specified in limits must be at least as large as the value that's specified in requests". Values that are not in the accepted format are left to eks-resource-format.`,fix:"Give memory and nvidia.com/gpu the same value in limits and requests (or set them in one place only: Batch copies limits into missing requests), and make the cpu limit at least the request.",bad:`jobDefinitionName: etl
type: container
eksProperties:
  podProperties:
    containers:
      - image: my-image:1.0
        resources:
          requests: { cpu: "1", memory: 2048Mi }
          limits: { cpu: "2", memory: 4096Mi }`,good:`jobDefinitionName: etl
type: container
eksProperties:
  podProperties:
    containers:
      - image: my-image:1.0
        resources:
          requests: { cpu: "1", memory: 4096Mi }
          limits: { cpu: "2", memory: 4096Mi }`},appliesTo:["jobDefinition"],messages:{notEqual:"The {{key}} limit ({{limit}}) of the {{where}} differs from its request ({{request}}); AWS requires them to be equal.",cpuBelowRequest:"The cpu limit ({{limit}}) of the {{where}} is below its request ({{request}}); raise the limit to at least the request."},check(e,t){for(let n of b(e).containers)if(n.kind==="eks")for(let o of Pt){let r=n.eksResources.find(h=>h.side==="limits"&&h.key===o)?.value,i=n.eksResources.find(h=>h.side==="requests"&&h.key===o)?.value,a=r&&d(r),s=i&&d(i);if(a===void 0||s===void 0)continue;let c=Bn(o,a),u=Bn(o,s);if(c===void 0||u===void 0)continue;let p={key:o,limit:a.trim(),request:s.trim(),where:n.label},l=r.path;o==="cpu"?c<u&&t.report({messageId:"cpuBelowRequest",data:p,path:l}):c!==u&&t.report({messageId:"notEqual",data:p,path:l})}}});var Qi=m({id:"compute-vcpu-bounds",title:"minvCpus, desiredvCpus and maxvCpus out of order",category:"sizing",severity:"error",description:"A compute environment sets minvCpus above maxvCpus, or desiredvCpus outside minvCpus..maxvCpus.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html",docs:{rationale:'minvCpus is the floor Batch keeps, maxvCpus the ceiling, and "Batch modifies [desiredvCpus] between the minimum and maximum values"; AWS rejects a desired value outside that range. Fargate environments take neither minvCpus nor desiredvCpus (fargate-compute-field reports them).',fix:"Make minvCpus <= desiredvCpus <= maxvCpus; desiredvCpus can usually be left out.",bad:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: EC2
  minvCpus: 0
  desiredvCpus: 512
  maxvCpus: 256`,good:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: EC2
  minvCpus: 0
  maxvCpus: 256`},appliesTo:["computeEnvironment"],messages:{minAboveMax:"minvCpus ({{min}}) is above maxvCpus ({{max}}); lower minvCpus or raise maxvCpus.",desiredBelowMin:"desiredvCpus ({{desired}}) is below minvCpus ({{min}}); set it between minvCpus and maxvCpus or leave it out.",desiredAboveMax:"desiredvCpus ({{desired}}) is above maxvCpus ({{max}}); set it between minvCpus and maxvCpus or leave it out."},check(e,t){let n=v(e);if(Z(n))return;let o=n.resources,r=d(o.minvCpus),i=d(o.maxvCpus),a=d(o.desiredvCpus);r!==void 0&&i!==void 0&&r>i&&t.report({messageId:"minAboveMax",data:{min:r,max:i},path:o.minvCpus.path}),a!==void 0&&(r!==void 0&&a<r?t.report({messageId:"desiredBelowMin",data:{desired:a,min:r},path:o.desiredvCpus.path}):i!==void 0&&a>i&&t.report({messageId:"desiredAboveMax",data:{desired:a,max:i},path:o.desiredvCpus.path}))}});var Yi={optimal:"x86_64",default_x86_64:"x86_64",default_arm64:"arm64"},Zi={a1:"arm64",mac1:"x86_64"};function qn(e){let t=e.trim().toLowerCase();if(Object.hasOwn(Yi,t))return Yi[t];let n=t.split(".")[0]??"";if(Object.hasOwn(Zi,n))return Zi[n];if(/^mac(\d|-)/.test(n))return"arm64";let o=/^([a-z]+\d+[a-z]*)-([a-z0-9]+)$/.exec(n);if(o)return o[2].startsWith("gb")?"arm64":qn(o[1]);if(/^u\d*[a-z]*-\d+tb\d*$/.test(n))return"x86_64";let r=/^([a-z]+)(\d+)([a-z-]*)$/.exec(n);return r?(r[3]??"").startsWith("g")?"arm64":"x86_64":void 0}var Xi=m({id:"mixed-instance-architectures",title:"x86 and ARM instance types in one compute environment",category:"sizing",severity:"error",description:"A compute environment's instanceTypes mix x86_64 and arm64 (Graviton) types, families or bundles.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html",docs:{rationale:`AWS: "the instance types that you select for the compute environment must share the same architecture. For example, you can't mix x86 and ARM instances in the same compute environment." The architecture comes from the type name (src/model/instance-architecture.ts): Graviton families have a "g" right after the generation (m6g, c7gn, r8g, t4g) and a1 is Graviton; optimal and default_x86_64 are x86, default_arm64 is ARM. Names it cannot read are ignored.`,fix:"Split the types into two compute environments, one per architecture, each with images built for it (they can serve the same queue only if the jobs run on both).",bad:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: EC2
  maxvCpus: 256
  instanceTypes: [m6i, m6g]`,good:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: EC2
  maxvCpus: 256
  instanceTypes: [m6g, c6g, r6g]`},appliesTo:["computeEnvironment"],messages:{mixed:"{{type}} is {{architecture}}, but {{first}} in the same instanceTypes is {{firstArchitecture}}; one compute environment cannot mix x86 and ARM, so move one architecture to its own compute environment."},check(e,t){let n;for(let o of k(v(e).resources.instanceTypes)){let r=o.certainty==="known"?o.value:void 0,i=r===void 0?void 0:qn(r);r===void 0||i===void 0||(n?i!==n.architecture&&t.report({messageId:"mixed",data:{type:r,architecture:i,first:n.type,firstArchitecture:n.architecture},path:o.path}):n={type:r,architecture:i})}}});var Ru=["allocationStrategy","bidPercentage","desiredvCpus","minvCpus","imageId","instanceTypes","ec2Configuration","ec2KeyPair","instanceRole","launchTemplate","placementGroup","spotIamFleetRole","tags","scalingPolicy"];function ea(e){if(e.certainty==="unknown")return e.invalid===!0&&!["","0","(a list)","(an object)"].includes(e.origin);if(e.certainty!=="known")return!1;let t=e.value;return t===""||t===0?!1:Array.isArray(t)?t.length>0:typeof t=="object"&&t!==null?Object.values(t).some(n=>ea(n)):!0}var ta=m({id:"fargate-compute-field",title:"EC2-only setting on a Fargate compute environment",category:"sizing",severity:"error",description:"A FARGATE or FARGATE_SPOT compute environment sets a computeResources field only EC2 environments take (allocationStrategy, minvCpus, instanceTypes, launchTemplate, tags, ...).",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/fargate-compute-environments.html",docs:{rationale:`The User Guide lists the fields that "can't be provided" for Fargate compute environments: allocationStrategy, bidPercentage, desiredvCpus, imageId, instanceTypes, ec2Configuration, ec2KeyPair, instanceRole, launchTemplate, minvCpus, placementGroup, spotIamFleetRole and computeResources.tags (use the top-level tags); the API adds "don't specify" for scalingPolicy. Zeros and empty values are not reported, since describe outputs show unset fields that way.`,fix:"Remove the field. Fargate needs only type, maxvCpus, subnets and securityGroupIds; put tags at the top level of the compute environment.",bad:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: FARGATE_SPOT
  maxvCpus: 64
  instanceTypes: [optimal]
  subnets: [subnet-0a1b2c3d]
  securityGroupIds: [sg-0a1b2c3d]`,good:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: FARGATE_SPOT
  maxvCpus: 64
  subnets: [subnet-0a1b2c3d]
  securityGroupIds: [sg-0a1b2c3d]
tags: { team: data }`},appliesTo:["computeEnvironment"],messages:{rejected:'"{{field}}" cannot be set on a {{type}} compute environment; remove it{{hint}}.'},check(e,t){let n=v(e),o=d(n.resources.provisioning);if(!(!Z(n)||o===void 0))for(let r of Ru){let i=n.resources[r];if(!ea(i))continue;let a=r==="tags"?" and put the tags at the top level of the compute environment":"";t.report({messageId:"rejected",data:{field:r,type:o,hint:a},path:i.path,key:!0})}}});var na={SPOT_CAPACITY_OPTIMIZED:"SPOT",SPOT_PRICE_CAPACITY_OPTIMIZED:"SPOT",SPOT_CAPACITY_OPTIMIZED_PRIORITIZED:"SPOT",BEST_FIT_PROGRESSIVE_ORDERED:"EC2"},oa=m({id:"allocation-strategy-mismatch",title:"Allocation strategy for the other capacity type",category:"sizing",severity:"error",description:"An EC2 (On-Demand) compute environment uses a SPOT_* allocation strategy, or a SPOT one uses BEST_FIT_PROGRESSIVE_ORDERED.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html",docs:{rationale:'AWS, for SPOT_CAPACITY_OPTIMIZED, SPOT_PRICE_CAPACITY_OPTIMIZED and SPOT_CAPACITY_OPTIMIZED_PRIORITIZED: "This allocation strategy is only available for Spot Instance compute resources"; for BEST_FIT_PROGRESSIVE_ORDERED: "only available for On-Demand Instance (EC2) compute resources". BEST_FIT and BEST_FIT_PROGRESSIVE work with both.',fix:"On EC2 use BEST_FIT_PROGRESSIVE; on SPOT use SPOT_PRICE_CAPACITY_OPTIMIZED (AWS recommends it); or change computeResources.type if the other capacity was intended.",bad:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: EC2
  allocationStrategy: SPOT_PRICE_CAPACITY_OPTIMIZED
  maxvCpus: 256`,good:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: EC2
  allocationStrategy: BEST_FIT_PROGRESSIVE
  maxvCpus: 256`},appliesTo:["computeEnvironment"],messages:{spotOnEc2:"Allocation strategy {{strategy}} is for SPOT compute environments only; use BEST_FIT_PROGRESSIVE on EC2, or set type to SPOT.",orderedOnSpot:"Allocation strategy {{strategy}} is for EC2 (On-Demand) compute environments only; use SPOT_PRICE_CAPACITY_OPTIMIZED or SPOT_CAPACITY_OPTIMIZED_PRIORITIZED on SPOT."},check(e,t){let n=v(e),o=d(n.resources.provisioning);if(!T(n,"EC2","SPOT")||o!=="EC2"&&o!=="SPOT")return;let r=d(n.resources.allocationStrategy),i=r===void 0||!Object.hasOwn(na,r)?void 0:na[r];r===void 0||i===void 0||i===o||t.report({messageId:i==="SPOT"?"spotOnEc2":"orderedOnSpot",data:{strategy:r},path:n.resources.allocationStrategy.path})}});var ra=m({id:"spot-fleet-role-missing",title:"BEST_FIT Spot compute environment without a Spot Fleet role",category:"sizing",severity:"error",description:"A SPOT compute environment with the BEST_FIT allocation strategy (or none, which means BEST_FIT) has no spotIamFleetRole.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html",docs:{rationale:`AWS (spotIamFleetRole): "This role is required if the allocation strategy set to BEST_FIT or if the allocation strategy isn't specified." BEST_FIT is the default strategy. The other strategies use the service-linked role instead.`,fix:"Use SPOT_PRICE_CAPACITY_OPTIMIZED (recommended by AWS; no Spot Fleet role needed), or set spotIamFleetRole to the ARN of a role with the AmazonEC2SpotFleetTaggingRole managed policy.",bad:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: SPOT
  maxvCpus: 256
  instanceTypes: [m5, c5]`,good:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: SPOT
  allocationStrategy: SPOT_PRICE_CAPACITY_OPTIMIZED
  maxvCpus: 256
  instanceTypes: [m5, c5]`},appliesTo:["computeEnvironment"],messages:{missing:"This SPOT compute environment uses {{strategy}} but has no spotIamFleetRole, which BEST_FIT requires; switch to SPOT_PRICE_CAPACITY_OPTIMIZED or add the Spot Fleet role ARN."},check(e,t){let n=v(e);if(!T(n,"SPOT"))return;let o=n.resources,r=o.spotIamFleetRole;if(N(r)&&!(r.certainty==="known"&&r.value===""))return;let i=o.allocationStrategy;q(i)&&!N(n.eksConfiguration)?t.report({messageId:"missing",data:{strategy:"the default strategy (BEST_FIT)"},path:o.provisioning.path}):D(i,a=>a==="BEST_FIT")&&t.report({messageId:"missing",data:{strategy:"BEST_FIT"},path:i.path})}});var ia=new Set(["optimal","default_x86_64","default_arm64"]);function $n(e){let t=e.indexOf(".");return t<0?void 0:e.slice(0,t)}function ca(e){return/^[^.]+\.metal(-|$)/.test(e)}function Ln(e,t){return e===t?!0:$n(t)===void 0&&$n(e)===t&&!ca(e)}function aa(e){return N(e)&&!(e.certainty==="known"&&e.value==="")}function sa(e){let t=aa(e.id),n=aa(e.name);return t&&n?"bothIdAndName":!t&&!n?"neitherIdNorName":void 0}var ua=m({id:"launch-template-invalid",title:"Launch template specification AWS rejects",category:"sizing",severity:"error",description:"A compute environment's launch template (or an override) names both launchTemplateId and launchTemplateName (or neither), or an override targets optimal / default_*, a type outside instanceTypes (metal sizes included), or a type another target already covers.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_LaunchTemplateSpecificationOverride.html",docs:{rationale:`AWS: "You must specify either the launch template ID or launch template name in the request, but not both." For overrides, AWS: targetInstanceTypes "can target only instance types and families that are included within the ComputeResource.instanceTypes set"; "optimal, default_x86_64, and default_arm64" are not allowed; and targets "can't overlap for the same compute environment. For example, you can't define one launch template override to target an instance family and another define an instance type within this same family." Metal sizes are not part of a family (c5 does not include c5.metal), so an override for c5.metal needs c5.metal itself in instanceTypes. The subset check is skipped when instanceTypes is missing or uses optimal / default_*.`,fix:"Keep launchTemplateId or launchTemplateName; target only types or families listed in instanceTypes (add metal sizes there by name); give each instance type to one override only.",bad:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: EC2
  maxvCpus: 256
  instanceTypes: [c5, m5]
  launchTemplate:
    launchTemplateName: batch-base
    overrides:
      - launchTemplateName: batch-metal
        targetInstanceTypes: [c5.metal]`,good:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: EC2
  maxvCpus: 256
  instanceTypes: [c5, c5.metal, m5]
  launchTemplate:
    launchTemplateName: batch-base
    overrides:
      - launchTemplateName: batch-metal
        targetInstanceTypes: [c5.metal]`},appliesTo:["computeEnvironment"],messages:{bothIdAndName:"The {{where}} names both launchTemplateId and launchTemplateName; keep only one.",neitherIdNorName:"The {{where}} names neither launchTemplateId nor launchTemplateName; add one of them.",bundle:"targetInstanceTypes cannot use {{type}}; name instance types or families that are listed in instanceTypes.",outside:"Override target {{type}} is not in this compute environment's instanceTypes; target only types or families listed there, or add it.",metal:"Override target {{type}} is not in instanceTypes: family {{family}} never includes its metal sizes; add {{type}} to instanceTypes by name.",overlap:"Override target {{type}} overlaps {{other}}, which another target already covers; give each instance type to one override only."},check(e,t){let n=v(e);if(Z(n))return;let o=n.resources.launchTemplate;if(o.certainty!=="known")return;let r=o.path,i=sa(o.value);i&&t.report({messageId:i,data:{where:"launchTemplate"},path:i==="bothIdAndName"?o.value.name.path:r,key:!0});let a=n.resources.instanceTypes,s=k(a).map(p=>p.certainty==="known"?p.value.trim().toLowerCase():void 0),c=a.certainty==="known"&&s.length>0&&s.every(p=>p!==void 0&&!ia.has(p)),u=[];k(o.value.overrides).forEach((p,l)=>{if(!p.isObject)return;let h=sa(p);if(h){let y=`launch template override #${l+1}`;t.report({messageId:h,data:{where:y},path:h==="bothIdAndName"?p.name.path:p.path,key:!0})}for(let y of k(p.targetInstanceTypes)){if(y.certainty!=="known")continue;let A=y.value,E=A.trim().toLowerCase(),P=y.path;if(ia.has(E)){t.report({messageId:"bundle",data:{type:A},path:P});continue}if(c&&!s.some(w=>Ln(E,w))){let w=$n(E);ca(E)&&w!==void 0&&s.includes(w)?t.report({messageId:"metal",data:{type:A,family:w},path:P}):t.report({messageId:"outside",data:{type:A},path:P})}let I=u.find(w=>Ln(E,w.type)||Ln(w.type,E));I&&t.report({messageId:"overlap",data:{type:A,other:I.type},path:P}),u.push({type:E})}})}});var ma={ECS_AL2:{replacement:"ECS_AL2023",end:"ECS AL2 AMIs lose support on 2026-06-30, when Batch stops creating new ECS compute environments with Batch-provided AL2 AMIs"},ECS_AL2_NVIDIA:{replacement:"ECS_AL2023_NVIDIA",end:"ECS AL2 AMIs lose support on 2026-06-30, when Batch stops creating new ECS compute environments with Batch-provided AL2 AMIs"},EKS_AL2:{replacement:"EKS_AL2023",end:"EKS AL2 AMIs lost support on 2025-11-26"},EKS_AL2_NVIDIA:{replacement:"EKS_AL2023_NVIDIA",end:"EKS AL2 AMIs lost support on 2025-11-26"}},pa=m({id:"deprecated-al2-image",title:"Amazon Linux 2 image type",category:"sizing",severity:"warning",description:"A compute environment's ec2Configuration uses an Amazon Linux 2 image type (ECS_AL2, ECS_AL2_NVIDIA, EKS_AL2, EKS_AL2_NVIDIA), which AWS is retiring.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_Ec2Configuration.html",docs:{rationale:"AWS ends support for the ECS AL2-optimized and accelerated AMIs on 2026-06-30, and from that date Batch blocks creating new ECS compute environments that use Batch-provided AL2 AMIs; EKS AL2 AMIs lost support on 2025-11-26. ECS_AL2023 (and EKS_AL2023) are the defaults. Note that ECS_AL2023_NVIDIA does not support p3 and g3 instances, and AL2023 does not support A1.",fix:"Switch imageType to ECS_AL2023 / ECS_AL2023_NVIDIA (or EKS_AL2023 / EKS_AL2023_NVIDIA), or drop ec2Configuration to get the AL2023 defaults; move p3 / g3 GPU workloads to newer GPU families first.",bad:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: EC2
  maxvCpus: 256
  ec2Configuration:
    - imageType: ECS_AL2`,good:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: EC2
  maxvCpus: 256
  ec2Configuration:
    - imageType: ECS_AL2023`},appliesTo:["computeEnvironment"],messages:{al2:"imageType {{imageType}} is Amazon Linux 2: {{end}}; use {{replacement}}."},check(e,t){for(let n of k(v(e).resources.ec2Configuration)){let o=d(n.imageType),r=o===void 0||!Object.hasOwn(ma,o)?void 0:ma[o];o===void 0||!r||t.report({messageId:"al2",data:{imageType:o,end:r.end,replacement:r.replacement},path:n.imageType.path})}}});var Pu=/^(?:resolve:ssm:)?\/[\w.\-/]+(?::\d+)?$/;function Su(e){return/^[\w.\-/:]{1,200}$/.test(e)?`"${e}"`:"the value"}var da=m({id:"ami-id-not-resolved",title:"AMI id given as an SSM parameter path",category:"sizing",severity:"error",description:"A compute environment's imageId or ec2Configuration imageIdOverride is an SSM parameter path (`/aws/service/ecs/...`, `resolve:ssm:...`) written as text instead of an AMI id.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_Ec2Configuration.html",docs:{rationale:"imageId and imageIdOverride take an AMI id (`ami-` followed by 8 or 17 characters). Neither Batch nor CloudFormation reads an SSM parameter path written as plain text there: CloudFormation resolves SSM parameters only through a parameter of type `AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>` or a `{{resolve:ssm:...}}` dynamic reference, so the path reaches Batch as the AMI id and the environment cannot launch instances. Batch itself takes no SSM parameter there either, unlike an EC2 launch template (`resolve:ssm:` is an open feature request, aws/containers-roadmap#2295). cfn-lint reports a literal imageId as E1152 (\"is not a 'AWS::EC2::Image.Id' with pattern ^ami-...\"), a `Ref` to a parameter whose Default is a path as W1030, and the parameter's type as W2506. A common cause is a template parameter of type `String` whose Default is `/aws/service/ecs/optimized-ami/...`.",fix:"Give the AMI id, or let CloudFormation resolve the path: make the parameter `Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>` (its Default stays the path), or write `{{resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id}}`. Without a custom AMI, leave imageId out: Batch picks the ECS-optimized AMI of the image type.",bad:`computeEnvironmentName: custom-ami
type: MANAGED
computeResources:
  type: EC2
  maxvCpus: 64
  instanceTypes: [m6i]
  subnets: [subnet-0a1b2c3d]
  securityGroupIds: [sg-0a1b2c3d]
  instanceRole: arn:aws:iam::123456789012:instance-profile/ecsInstanceRole
  imageId: /aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id`,good:`computeEnvironmentName: custom-ami
type: MANAGED
computeResources:
  type: EC2
  maxvCpus: 64
  instanceTypes: [m6i]
  subnets: [subnet-0a1b2c3d]
  securityGroupIds: [sg-0a1b2c3d]
  instanceRole: arn:aws:iam::123456789012:instance-profile/ecsInstanceRole
  imageId: ami-0123456789abcdef0`,peers:["cfn-lint E1152, W1030, W2506 (imageId only)"]},appliesTo:["computeEnvironment"],messages:{ssmPath:"{{property}} {{value}} is an SSM parameter path, not an AMI id: nothing resolves it before Batch launches instances; use a parameter of type AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>, a {{resolve:ssm:...}} dynamic reference, or the AMI id."},check(e,t){let{resources:n}=v(e),o=(r,i)=>{let a=d(r)?.trim();a===void 0||!Pu.test(a)||t.report({messageId:"ssmPath",data:{property:i,value:Su(a)},path:r.path})};o(n.imageId,"imageId");for(let r of k(n.ec2Configuration))o(r.imageIdOverride,"imageIdOverride")}});var la=m({id:"unplaceable-job",title:"No instance the queue can launch holds the job",category:"sizing",severity:"error",description:"For a job definition and a queue it is submitted to, no enabled compute environment of the queue may launch an instance type whose vCPUs, memory available to jobs and GPUs hold one copy of the job (each node, for multinode jobs): the job stays RUNNABLE for ever.",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/job_stuck_in_runnable.html",docs:{rationale:"Batch places a job only on an instance whose registered resources cover it. The ECS agent registers less memory than is installed (an m4.large with 8192 MiB registers 7985 MiB) and the Batch AMI reserves 32 MiB more, so a job asking for 8192 MiB never fits an 8 GiB instance. When no allowed type is large enough, the job sits in RUNNABLE with MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT and nothing fails (https://docs.aws.amazon.com/batch/latest/userguide/memory-management.html). Memory is judged with the model in docs/placement.md, whose figure each finding names; GPU jobs with no GPU type at all are reported by gpu-job-without-gpu-instance-type instead.",fix:"Ask for less (memory a little under what the instance registers), or allow a larger instance type or family in a compute environment of the queue.",bad:`jobDefinitions:
  - jobDefinitionName: etl
    type: container
    containerProperties:
      resourceRequirements:
        - { type: VCPU, value: "2" }
        - { type: MEMORY, value: "8192" }
computeEnvironments:
  - computeEnvironmentName: small
    computeResources: { type: EC2, maxvCpus: 16, instanceTypes: [m5.large] }
jobQueues:
  - jobQueueName: q
    computeEnvironmentOrder: [{ order: 1, computeEnvironment: small }]`,good:`jobDefinitions:
  - jobDefinitionName: etl
    type: container
    containerProperties:
      resourceRequirements:
        - { type: VCPU, value: "2" }
        - { type: MEMORY, value: "7680" }
computeEnvironments:
  - computeEnvironmentName: small
    computeResources: { type: EC2, maxvCpus: 16, instanceTypes: [m5.large] }
jobQueues:
  - jobQueueName: q
    computeEnvironmentOrder: [{ order: 1, computeEnvironment: small }]`},appliesTo:["jobDefinition"],options:te,messages:{tooBig:"{{where}} needs {{need}}, but the closest allowed instance type, {{type}}, offers {{offer}} (memory model: {{figure}}); no enabled compute environment can hold the job, so it stays RUNNABLE (JOB_RESOURCE_REQUIREMENT). Pairing: {{pairing}}.",fargateTooBig:"{{where}} needs {{need}}, but the largest Fargate task has {{max}}: the job stays RUNNABLE. Pairing: {{pairing}}."},check(e,t){let n=ne(t.options);for(let{pairing:o,result:r}of J(e,t.model,i=>{let a=ee(e,i,t.model,n);if(a.verdict!=="none")return;let s=a.requirements?.nodes.some(u=>(u.gpus?.value??0)>0),c=a.environments.some(u=>u.expansion?.types.some(p=>le(p)>0));if(!(s&&!c&&a.environments.some(u=>u.status==="instances")))return a})){let i=pr(r);if(i?.closest){let s=i.closest.shortfalls[0]?.dimension,c=s==="vcpus"?i.node.vcpus:s==="gpus"?i.node.gpus:i.node.memoryMiB;t.report({messageId:"tooBig",data:{where:i.node.label,need:bn(i.node),pairing:x(o),type:i.closest.type.name,offer:mr(i.closest),figure:Mt(r,i)},path:c?.path??i.node.path});continue}let a=r.environments.flatMap(s=>s.nodes).find(s=>s.verdict==="none");if(a){let s=(a.node.memoryMiB?.value??0)>Ze.memoryMiB?a.node.memoryMiB:a.node.vcpus;t.report({messageId:"fargateTooBig",data:{where:a.node.label,need:bn(a.node),pairing:x(o),max:`${Ze.vcpus} vCPUs and ${Ze.memoryMiB} MiB`},path:s?.path??a.node.path})}}}});var fa=m({id:"memory-within-placement-margin",title:"Job memory is within the margin of the largest instance",category:"sizing",severity:"warning",description:"The job fits the largest allowed instance type only within the memory model's margin: real instances often register less memory than the model assumes, and the job may never be placed.",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/memory-management.html",docs:{rationale:"AWS publishes no table of the memory each instance type registers; it varies with the type, the hypervisor and the AMI (an m4.large registers 7985 of 8192 MiB, while the EKS page's 8 GiB Nitro example reports 7748 MiB). The model in docs/placement.md takes the favourable figure so that unplaceable-job never reports a job that could fit; a job between the model's figure and that figure less the margin (3 % of installed memory by default) fits on paper but may stay RUNNABLE. AWS's method: check the registered memory of a real container instance (DescribeContainerInstances) and ask for at most that.",fix:"Lower the job's MEMORY below the figure in the message, or allow a larger instance type.",bad:`jobDefinitions:
  - jobDefinitionName: etl
    type: container
    containerProperties:
      resourceRequirements:
        - { type: VCPU, value: "2" }
        - { type: MEMORY, value: "7953" }
computeEnvironments:
  - computeEnvironmentName: small
    computeResources: { type: EC2, maxvCpus: 16, instanceTypes: [m5.large] }
jobQueues:
  - jobQueueName: q
    computeEnvironmentOrder: [{ order: 1, computeEnvironment: small }]`,good:`jobDefinitions:
  - jobDefinitionName: etl
    type: container
    containerProperties:
      resourceRequirements:
        - { type: VCPU, value: "2" }
        - { type: MEMORY, value: "7600" }
computeEnvironments:
  - computeEnvironmentName: small
    computeResources: { type: EC2, maxvCpus: 16, instanceTypes: [m5.large] }
jobQueues:
  - jobQueueName: q
    computeEnvironmentOrder: [{ order: 1, computeEnvironment: small }]`},appliesTo:["jobDefinition"],options:te,messages:{tight:"{{where}} asks for {{need}} MiB; the largest allowed type, {{type}}, offers about {{offer}} MiB to jobs under the memory model ({{figure}}) but real instances may offer as little as {{floor}} MiB ({{margin}} % margin): the job may never be placed; ask for at most {{floor}} MiB. Pairing: {{pairing}}."},check(e,t){let n=ne(t.options);for(let{pairing:o,result:r}of J(e,t.model,i=>{let a=ee(e,i,t.model,n);return a.verdict==="tight"?a:void 0})){let a=r.environments.flatMap(u=>u.nodes).filter(u=>u.verdict==="tight").find(u=>u.candidates.length>0),s=a?.candidates.sort((u,p)=>p.availableMiB-u.availableMiB)[0];if(!a||!s||!a.node.memoryMiB)continue;let c=r.environments.find(u=>u.nodes.includes(a));t.report({messageId:"tight",data:{where:a.node.label,need:a.node.memoryMiB.value,pairing:x(o),type:s.type.name,offer:s.availableMiB,figure:Mt(r,a),floor:xt(s.type,r.memoryModel,c?.platform?.orchestration??"ECS"),margin:r.memoryModel.marginPercent},path:a.node.memoryMiB.path})}}});var wu=new Set(["BEST_FIT_PROGRESSIVE","SPOT_CAPACITY_OPTIMIZED","SPOT_PRICE_CAPACITY_OPTIMIZED"]);function Tu(e){let t=e.requirements;if(!t)return;if(!t.multinode){let r=t.nodes[0]?.vcpus?.value;return r===void 0?void 0:{total:r,largestNode:r,multinode:!1}}if(t.numNodes===void 0)return;let n=0,o=0;for(let r of t.nodes){let a=(r.instanceType?ue().get(r.instanceType.value):void 0)?.vcpus??r.vcpus?.value;if(a===void 0)return;n+=a*r.nodes,o=Math.max(o,a)}return{total:n,largestNode:o,multinode:!0}}function Cu(e,t,n){if(!n)return 0;let o=(e.environment?d(xe(e.environment.data).resources.allocationStrategy):void 0)??"",r=o==="BEST_FIT"&&e.platform?.provisioning==="SPOT";return wu.has(o)||r?t:0}var ha=m({id:"vcpus-above-max-vcpus",title:"Job needs more vCPUs than any environment's maxvCpus",category:"sizing",severity:"error",description:"The job's VCPU (for multinode jobs: numNodes times the node size) is above the maxvCpus of every enabled compute environment of its queue, so Batch never starts it.",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/job_stuck_in_runnable.html",docs:{rationale:'Batch reports MISCONFIGURATION:COMPUTE_ENVIRONMENT_MAX_RESOURCE ("CE(s) associated with the job queue cannot meet the CPU requirement of the job") and the job stays RUNNABLE. A multinode job needs all its nodes at once, and each node is an instance: maxvCpus must cover the whole job (https://docs.aws.amazon.com/batch/latest/userguide/multi-node-parallel-jobs.html). With BEST_FIT_PROGRESSIVE or the SPOT_* strategies Batch may exceed maxvCpus by one instance, which is allowed for.',fix:"Raise maxvCpus of a compute environment of the queue to at least what the job needs, or ask for fewer vCPUs or nodes.",bad:`jobDefinitions:
  - jobDefinitionName: big
    type: container
    containerProperties:
      resourceRequirements:
        - { type: VCPU, value: "32" }
        - { type: MEMORY, value: "4096" }
computeEnvironments:
  - computeEnvironmentName: ce
    computeResources: { type: EC2, maxvCpus: 16, instanceTypes: [c5] }
jobQueues:
  - jobQueueName: q
    computeEnvironmentOrder: [{ order: 1, computeEnvironment: ce }]`,good:`computeEnvironments:
  - computeEnvironmentName: ce
    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [c5] }`},appliesTo:["jobDefinition"],options:te,messages:{single:"The job needs {{need}} vCPUs; on {{pairing}}, every enabled compute environment has maxvCpus of at most {{max}}: the job stays RUNNABLE (COMPUTE_ENVIRONMENT_MAX_RESOURCE). Raise maxvCpus or ask for fewer vCPUs.",multinode:"The multinode job needs {{need}} vCPUs at once ({{what}}); on {{pairing}}, every enabled compute environment allows at most {{max}}: the job stays RUNNABLE (COMPUTE_ENVIRONMENT_MAX_RESOURCE)."},check(e,t){let n=ne(t.options);for(let{pairing:o,result:r}of J(e,t.model,i=>{let a=ee(e,i,t.model,n),s=Tu(a);if(!s)return;let c=a.environments.filter(p=>p.status!=="disabled"&&p.status!=="platform-mismatch");if(c.length===0||c.some(p=>p.status==="unresolved"||p.status==="unmanaged"||p.maxvCpus===void 0)||c.some(p=>s.total<=p.maxvCpus+Cu(p,s.largestNode,s.multinode)))return;let u=(a.requirements?.nodes??[]).map(p=>`${p.nodes} x ${p.instanceType?.value??`${p.vcpus?.value} vCPUs`}`).join(" + ");return{need:s.total,max:Math.max(...c.map(p=>p.maxvCpus)),what:u,placement:a}})){let i={need:r.need,max:r.max,pairing:x(o)};if(r.placement.requirements?.multinode)t.report({messageId:"multinode",data:{...i,what:r.what},path:["nodeProperties","numNodes"]});else{let a=r.placement.requirements?.nodes[0];t.report({messageId:"single",data:i,path:a?.vcpus?.path??a?.path??[]})}}}});var ga=m({id:"multinode-unsupported-environment",title:"Multinode job on Spot, Fargate or unmanaged environments only",category:"sizing",severity:"error",description:"A multi-node parallel job is paired with a queue whose enabled compute environments are all Spot, Fargate or unmanaged, none of which runs multinode jobs.",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/multi-node-parallel-jobs.html",docs:{rationale:"AWS: multi-node parallel jobs are not supported on Spot Instances, on Fargate, or on UNMANAGED compute environments (https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html, type). Such a queue can never run the job.",fix:"Submit the job to a queue with a MANAGED EC2 (On-Demand) compute environment, ideally with a cluster placement group.",bad:`jobDefinitions:
  - jobDefinitionName: mpi
    type: multinode
    nodeProperties:
      numNodes: 2
      mainNode: 0
      nodeRangeProperties:
        - targetNodes: "0:"
          container:
            image: my-image:1.0
            instanceType: c5.4xlarge
            resourceRequirements:
              - { type: VCPU, value: "16" }
              - { type: MEMORY, value: "16384" }
computeEnvironments:
  - computeEnvironmentName: hpc
    type: MANAGED
    computeResources: { type: SPOT, maxvCpus: 256, instanceTypes: [c5], subnets: [subnet-1] }
jobQueues:
  - jobQueueName: hpc
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: hpc }`,good:`jobDefinitions:
  - jobDefinitionName: mpi
    type: multinode
    nodeProperties:
      numNodes: 2
      mainNode: 0
      nodeRangeProperties:
        - targetNodes: "0:"
          container:
            image: my-image:1.0
            instanceType: c5.4xlarge
            resourceRequirements:
              - { type: VCPU, value: "16" }
              - { type: MEMORY, value: "16384" }
computeEnvironments:
  - computeEnvironmentName: hpc
    type: MANAGED
    computeResources: { type: EC2, maxvCpus: 256, instanceTypes: [c5], subnets: [subnet-1] }
jobQueues:
  - jobQueueName: hpc
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: hpc }`},appliesTo:["jobDefinition"],messages:{unsupported:"Multinode job on {{pairing}}, whose enabled compute environments are {{platforms}}: multinode jobs run only on managed EC2 On-Demand environments, so it never starts."},check(e,t){if(b(e).multinode)for(let{pairing:n,result:o}of J(e,t.model,r=>{let i=r.queue.environments.filter(s=>!s.environment||Ue(s.environment.data).enabled);if(i.length===0||i.some(s=>!s.environment))return;let a=i.map(s=>Ue(s.environment.data));if(!a.some(s=>s.provisioning===void 0&&s.managed)&&a.every(s=>!s.managed||s.provisioning!=="EC2"))return[...new Set(a.map(Lo))].join(", ")}))t.report({messageId:"unsupported",data:{pairing:x(n),platforms:o},path:["type"]})}});var ya=m({id:"multinode-instance-type-not-launchable",title:"Multinode instanceType the queue's environments cannot launch",category:"sizing",severity:"error",description:"A node range of a multinode job names an instance type that no enabled compute environment of its queue may launch.",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/multi-node-parallel-jobs.html",docs:{rationale:"AWS: if a node group names an instance type, the compute environment must be able to launch that type; otherwise the job stays RUNNABLE. Families expand to their non-metal sizes and optimal/default_* to their families (docs/placement.md).",fix:"Add the type (or its family) to the instanceTypes of a compute environment of the queue, or name a type the environment already allows.",bad:`jobDefinitions:
  - jobDefinitionName: mpi
    type: multinode
    nodeProperties:
      numNodes: 2
      mainNode: 0
      nodeRangeProperties:
        - targetNodes: "0:"
          container:
            image: my-image:1.0
            instanceType: c5.4xlarge
            resourceRequirements:
              - { type: VCPU, value: "16" }
              - { type: MEMORY, value: "16384" }
computeEnvironments:
  - computeEnvironmentName: hpc
    type: MANAGED
    computeResources: { type: EC2, maxvCpus: 256, instanceTypes: [m5], subnets: [subnet-1] }
jobQueues:
  - jobQueueName: hpc
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: hpc }`,good:`jobDefinitions:
  - jobDefinitionName: mpi
    type: multinode
    nodeProperties:
      numNodes: 2
      mainNode: 0
      nodeRangeProperties:
        - targetNodes: "0:"
          container:
            image: my-image:1.0
            instanceType: c5.4xlarge
            resourceRequirements:
              - { type: VCPU, value: "16" }
              - { type: MEMORY, value: "16384" }
computeEnvironments:
  - computeEnvironmentName: hpc
    type: MANAGED
    computeResources: { type: EC2, maxvCpus: 256, instanceTypes: [c5], subnets: [subnet-1] }
jobQueues:
  - jobQueueName: hpc
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: hpc }`},appliesTo:["jobDefinition"],options:te,messages:{notLaunchable:"{{where}} asks for instance type {{type}}, which no enabled compute environment of {{pairing}} may launch (they allow {{allowed}}): the job stays RUNNABLE."},check(e,t){let n=ne(t.options);for(let{pairing:o,result:r}of J(e,t.model,i=>{let a=ee(e,i,t.model,n);if(!a.requirements?.multinode)return;let s=a.environments.filter(p=>p.status!=="disabled"&&p.status!=="platform-mismatch");if(s.length===0||s.some(p=>p.status!=="instances"||!p.expansion||p.expansion.unresolved.length>0))return;let c=a.requirements.nodes.filter(p=>p.instanceType&&s.every(l=>l.nodes.some(h=>h.node===p&&h.instanceTypeNotLaunchable)));if(c.length===0)return;let u=s.flatMap(p=>p.expansion.entries.map(l=>l.entry));return{nodes:c,allowed:[...new Set(u)].join(", ")}}))for(let i of r.nodes)t.report({messageId:"notLaunchable",data:{where:i.label,type:i.instanceType.value,pairing:x(o),allowed:r.allowed},path:i.instanceType.path})}});var ba=m({id:"gpu-job-without-gpu-instance-type",title:"GPU job on a queue without NVIDIA GPU instance types",category:"sizing",severity:"error",description:"A job asks for GPUs, but no enabled compute environment of its queue may launch an instance type with NVIDIA GPUs.",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/gpu-jobs.html",docs:{rationale:"A GPU resource requirement can only be met by an instance with that many GPUs, and Batch schedules only NVIDIA GPUs (AMD g4ad GPUs are not scheduled). optimal and default_x86_64/default_arm64 hold no GPU families. The job stays RUNNABLE (MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT).",fix:"Submit GPU jobs to a queue whose compute environment lists GPU families only (p3, p4d, p5, g4dn, g5, g6...).",bad:`jobDefinitions:
  - jobDefinitionName: train
    type: container
    containerProperties:
      image: my-image:1.0
      resourceRequirements:
        - { type: VCPU, value: "4" }
        - { type: MEMORY, value: "15000" }
        - { type: GPU, value: "1" }
computeEnvironments:
  - computeEnvironmentName: gpu
    type: MANAGED
    computeResources:
      type: EC2
      maxvCpus: 256
      instanceTypes: [optimal]
      subnets: [subnet-1]
jobQueues:
  - jobQueueName: gpu
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: gpu }`,good:`jobDefinitions:
  - jobDefinitionName: train
    type: container
    containerProperties:
      image: my-image:1.0
      resourceRequirements:
        - { type: VCPU, value: "4" }
        - { type: MEMORY, value: "15000" }
        - { type: GPU, value: "1" }
computeEnvironments:
  - computeEnvironmentName: gpu
    type: MANAGED
    computeResources:
      type: EC2
      maxvCpus: 256
      instanceTypes: [g5]
      subnets: [subnet-1]
jobQueues:
  - jobQueueName: gpu
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: gpu }`},appliesTo:["jobDefinition"],options:te,messages:{noGpu:"{{where}} asks for {{gpus}} GPU(s), but no enabled compute environment of {{pairing}} may launch an instance type with NVIDIA GPUs (they allow {{allowed}}): the job stays RUNNABLE."},check(e,t){let n=ne(t.options);for(let{pairing:o,result:r}of J(e,t.model,i=>{let a=ee(e,i,t.model,n),s=a.requirements?.nodes.find(u=>(u.gpus?.value??0)>0);if(!s)return;let c=a.environments.filter(u=>u.status!=="disabled"&&u.status!=="platform-mismatch");if(!(c.length===0||c.some(u=>u.status!=="instances"||!u.expansion||u.expansion.unresolved.length>0))&&!c.some(u=>u.expansion.types.some(p=>le(p)>0)))return{node:s,allowed:[...new Set(c.flatMap(u=>u.expansion.entries.map(p=>p.entry)))].join(", ")}}))t.report({messageId:"noGpu",data:{where:r.node.label,gpus:r.node.gpus.value,pairing:x(o),allowed:r.allowed},path:r.node.gpus.path})}});function Ee(e,t){let n=t.graph,o=n.queuesUsing(e),r=[];for(let i of o)for(let a of n.certainPairingsOnQueue(i)){let s=Qe(a.jobDefinition.data);r.push({pairing:a,gpu:wt(s),...s?{requirements:s}:{}})}return r}var va=m({id:"gpu-non-nvidia-instance-family",title:"Non-NVIDIA GPU family in an environment serving GPU jobs",category:"sizing",severity:"warning",description:"A compute environment that serves GPU jobs lists a family whose GPUs Batch does not schedule (AMD g4ad, Habana dl1).",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/gpu-jobs.html",docs:{rationale:`AWS Batch schedules only NVIDIA GPUs: "G4ad instance family isn't supported" for GPU scheduling. GPU jobs cannot use those instances, which Batch may still launch.`,fix:"Replace the family with an NVIDIA GPU family (g4dn, g5, g6, p4d, p5...).",bad:`jobDefinitions:
  - jobDefinitionName: train
    type: container
    containerProperties:
      image: my-image:1.0
      resourceRequirements:
        - { type: VCPU, value: "4" }
        - { type: MEMORY, value: "15000" }
        - { type: GPU, value: "1" }
computeEnvironments:
  - computeEnvironmentName: gpu
    type: MANAGED
    computeResources:
      type: EC2
      maxvCpus: 256
      instanceTypes: [g4dn, g4ad]
      subnets: [subnet-1]
jobQueues:
  - jobQueueName: gpu
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: gpu }`,good:`jobDefinitions:
  - jobDefinitionName: train
    type: container
    containerProperties:
      image: my-image:1.0
      resourceRequirements:
        - { type: VCPU, value: "4" }
        - { type: MEMORY, value: "15000" }
        - { type: GPU, value: "1" }
computeEnvironments:
  - computeEnvironmentName: gpu
    type: MANAGED
    computeResources:
      type: EC2
      maxvCpus: 256
      instanceTypes: [g4dn, g5]
      subnets: [subnet-1]
jobQueues:
  - jobQueueName: gpu
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: gpu }`},appliesTo:["computeEnvironment"],messages:{notNvidia:"instanceTypes lists {{entry}} ({{vendor}} GPUs), which Batch does not schedule for GPU jobs; this environment serves the GPU job {{job}} [pairing: {{pairing}}]. Use an NVIDIA GPU family."},check(e,t){let n=Ee(e,t.model).find(r=>r.gpu);if(!n)return;let o=t.instanceTypes(e);for(let r of o?.entries??[]){let i=r.types.find(a=>a.gpu&&a.gpu.vendor!=="nvidia");!i||r.index===void 0||t.report({messageId:"notNvidia",data:{entry:r.entry,vendor:i.gpu.vendor.toUpperCase(),job:n.pairing.jobDefinition.name,pairing:x(n.pairing)},path:[...v(e).resources.instanceTypes.path,r.index]})}}});var Ea=m({id:"gpu-mixed-instance-families",title:"GPU and non-GPU families mixed in an environment serving GPU jobs",category:"sizing",severity:"warning",description:"A compute environment that serves GPU jobs lists both GPU families and families (or optimal/default_*) without NVIDIA GPUs.",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/gpu-jobs.html",docs:{rationale:`AWS: "All instance types in a compute environment that run GPU jobs must be from the p3, p4, p5, p6, g3, g3s, g4, g5, or g6 instance families. If this isn't done a GPU job might get stuck in the RUNNABLE status."`,fix:"Keep GPU families in their own compute environment (and queue); run CPU jobs elsewhere.",bad:`jobDefinitions:
  - jobDefinitionName: train
    type: container
    containerProperties:
      image: my-image:1.0
      resourceRequirements:
        - { type: VCPU, value: "4" }
        - { type: MEMORY, value: "15000" }
        - { type: GPU, value: "1" }
computeEnvironments:
  - computeEnvironmentName: gpu
    type: MANAGED
    computeResources:
      type: EC2
      maxvCpus: 256
      instanceTypes: [g5, c5]
      subnets: [subnet-1]
jobQueues:
  - jobQueueName: gpu
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: gpu }`,good:`jobDefinitions:
  - jobDefinitionName: train
    type: container
    containerProperties:
      image: my-image:1.0
      resourceRequirements:
        - { type: VCPU, value: "4" }
        - { type: MEMORY, value: "15000" }
        - { type: GPU, value: "1" }
computeEnvironments:
  - computeEnvironmentName: gpu
    type: MANAGED
    computeResources:
      type: EC2
      maxvCpus: 256
      instanceTypes: [g5, p4d]
      subnets: [subnet-1]
jobQueues:
  - jobQueueName: gpu
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: gpu }`},appliesTo:["computeEnvironment"],messages:{mixed:"instanceTypes mixes GPU families with {{entry}}, which has no NVIDIA GPUs, in an environment serving the GPU job {{job}} [pairing: {{pairing}}]: GPU jobs may get stuck in RUNNABLE. Keep GPU families in their own environment."},check(e,t){let n=Ee(e,t.model).find(r=>r.gpu);if(!n)return;let o=t.instanceTypes(e);if(!(!o||!o.types.some(r=>le(r)>0)))for(let r of o.entries)r.index===void 0||r.types.length===0||r.types.every(i=>!i.gpu)&&t.report({messageId:"mixed",data:{entry:r.entry,job:n.pairing.jobDefinition.name,pairing:x(n.pairing)},path:[...v(e).resources.instanceTypes.path,r.index]})}});var Aa=m({id:"gpu-image-type-not-nvidia",title:"Only non-NVIDIA image types for an environment serving GPU jobs",category:"sizing",severity:"note",description:"A compute environment with GPU instance types that serves GPU jobs sets ec2Configuration with only non-NVIDIA image types (ECS_AL2023, EKS_AL2023...) and no custom AMI.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_Ec2Configuration.html",docs:{rationale:"GPU jobs need the NVIDIA driver, which the *_NVIDIA AMIs carry (ECS_AL2023_NVIDIA is the default for GPU families). When ec2Configuration is omitted Batch picks the GPU AMI itself; what happens when it is given with only a non-NVIDIA image type is not documented (hence a note). Up to two ec2Configuration entries are allowed, one for GPU families.",fix:"Add an ec2Configuration entry with imageType ECS_AL2023_NVIDIA (or EKS_AL2023_NVIDIA), or remove ec2Configuration to let Batch choose.",bad:`jobDefinitions:
  - jobDefinitionName: train
    type: container
    containerProperties:
      image: my-image:1.0
      resourceRequirements:
        - { type: VCPU, value: "4" }
        - { type: MEMORY, value: "15000" }
        - { type: GPU, value: "1" }
computeEnvironments:
  - computeEnvironmentName: gpu
    type: MANAGED
    computeResources:
      type: EC2
      maxvCpus: 256
      instanceTypes: [g5]
      subnets: [subnet-1]
      ec2Configuration:
        - imageType: ECS_AL2023
jobQueues:
  - jobQueueName: gpu
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: gpu }`,good:`jobDefinitions:
  - jobDefinitionName: train
    type: container
    containerProperties:
      image: my-image:1.0
      resourceRequirements:
        - { type: VCPU, value: "4" }
        - { type: MEMORY, value: "15000" }
        - { type: GPU, value: "1" }
computeEnvironments:
  - computeEnvironmentName: gpu
    type: MANAGED
    computeResources:
      type: EC2
      maxvCpus: 256
      instanceTypes: [g5]
      subnets: [subnet-1]
      ec2Configuration:
        - imageType: ECS_AL2023
        - imageType: ECS_AL2023_NVIDIA
jobQueues:
  - jobQueueName: gpu
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: gpu }`},appliesTo:["computeEnvironment"],messages:{noNvidia:"ec2Configuration has only {{types}} while this environment launches GPU types for the GPU job {{job}}: add an entry with imageType {{suggest}}, or no GPU driver may be present."},check(e,t){let n=v(e).resources;if(N(n.launchTemplate)||N(n.imageId))return;let o=n.ec2Configuration;if(o.certainty!=="known"||o.value.length===0)return;let r=[];for(let c of o.value){if(c.imageType.certainty!=="known"||N(c.imageIdOverride))return;r.push(c.imageType.value)}if(r.some(c=>c.toUpperCase().includes("NVIDIA")))return;let i=Ee(e,t.model).find(c=>c.gpu);if(!i||!t.instanceTypes(e)?.types.some(c=>le(c)>0))return;let s=r.some(c=>c.toUpperCase().startsWith("EKS"))?"EKS_AL2023_NVIDIA":"ECS_AL2023_NVIDIA";t.report({messageId:"noNvidia",data:{types:r.join(", "),job:i.pairing.jobDefinition.name,suggest:s},path:o.path})}});var Iu=new Set(["p3","p3dn","g3","g3s"]);function xu(e){if(N(e.launchTemplate)||N(e.imageId))return;let t=e.ec2Configuration;if(t.certainty==="absent")return"ECS_AL2023_NVIDIA";if(t.certainty!=="known")return t.certainty==="unknown"&&t.invalid?"ECS_AL2023_NVIDIA":void 0;if(t.value.length===0)return"ECS_AL2023_NVIDIA";for(let n of t.value){if(N(n.imageIdOverride))return;let o=n.imageType.certainty==="known"?n.imageType.value.toUpperCase():void 0;if(o===void 0)return;if(o==="ECS_AL2023_NVIDIA"||o==="ECS_AL2_NVIDIA")return o}}var Ra=m({id:"gpu-family-unsupported-by-image-type",title:"GPU instance family the NVIDIA image type cannot drive",category:"sizing",severity:"warning",description:"An ECS compute environment lists GPU instance types that its NVIDIA image type does not support: p3 and g3 under ECS_AL2023_NVIDIA (also the default when ec2Configuration is omitted), Graviton GPU types under either NVIDIA image type.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_Ec2Configuration.html",docs:{rationale:`ECS_AL2023_NVIDIA, the image type Batch uses for GPU families by default, "doesn't support p3 and g3", and neither NVIDIA image type supports Graviton-based types ([API:Ec2Configuration], [UG:batch-gpu-ami]). Instances of those types come up without a working GPU driver, and GPU jobs sent to them fail or wait.`,fix:"Use a current GPU family (g4dn, g5, g6, p4d, p5...), or keep p3/g3 with an explicit ECS_AL2_NVIDIA entry (deprecated) or a custom AMI; for Graviton GPU types use a custom AMI with the driver.",bad:`# no ec2Configuration: Batch picks ECS_AL2023_NVIDIA for GPU types
computeEnvironmentName: train
type: MANAGED
computeResources:
  type: EC2
  maxvCpus: 256
  instanceTypes: [p3, g5]
  subnets: [subnet-1]`,good:`computeEnvironmentName: train
type: MANAGED
computeResources:
  type: EC2
  maxvCpus: 256
  instanceTypes: [g5, g6, p4d]
  subnets: [subnet-1]`},appliesTo:["computeEnvironment"],messages:{unsupported:"{{imageType}} does not support {{types}}{{implied}}: these instances would start without a working GPU driver. {{advice}}"},check(e,t){let n=G(e);if(!n.managed||n.capacity!=="ec2"||n.orchestration!=="ECS")return;let o=v(e).resources,r=xu(o);if(!r)return;let i=t.instanceTypes(e);if(!i)return;let a=y=>!!y.gpu&&(y.architecture==="arm64"||r==="ECS_AL2023_NVIDIA"&&Iu.has(y.family)),s=i.entries.filter(y=>(y.kind==="type"||y.kind==="family")&&y.types.some(a));if(s.length===0)return;let c=s.flatMap(y=>y.types.filter(a)),u=[...new Set(c.map(y=>y.family))].sort(),p=c.some(y=>y.architecture==="arm64"),l=N(o.ec2Configuration)?"":" (the image type Batch uses for GPU families when ec2Configuration is omitted)",h=p?"Use a custom AMI with the NVIDIA driver for Graviton GPU types, or an x86 GPU family.":"Use a current GPU family (g4dn, g5, g6, p4d, p5), or set imageType ECS_AL2_NVIDIA (deprecated) or a custom AMI.";t.report({messageId:"unsupported",data:{imageType:r,types:u.join(", "),implied:l,advice:h},path:[...o.instanceTypes.path,s[0].index??0]})}});var Pa=[ji,Di,_i,Ui,Bi,Gi,qi,Vi,zi,Ji,Wi,Ki,Hi,Qi,Xi,ta,oa,ra,ua,pa,da,la,fa,ha,ga,ya,ba,va,Ea,Aa,Ra];var Sa=m({id:"spot-allocation-strategy",title:"Spot compute environment without a capacity-optimized strategy",category:"spot",severity:"warning",description:"A SPOT compute environment whose allocationStrategy is missing (BEST_FIT), BEST_FIT or BEST_FIT_PROGRESSIVE instead of SPOT_PRICE_CAPACITY_OPTIMIZED (or SPOT_CAPACITY_OPTIMIZED).",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/allocation-strategies.html",docs:{rationale:'The capacity-optimized strategies launch Spot Instances from the pools least likely to be interrupted; SPOT_PRICE_CAPACITY_OPTIMIZED also weighs price, and AWS recommends it over SPOT_CAPACITY_OPTIMIZED "in most instances". BEST_FIT, the default, picks the single cheapest fitting type and waits for more of it, so Spot jobs are interrupted more often and scaling stalls; it also needs a Spot Fleet role and rules out infrastructure updates. (BEST_FIT_PROGRESSIVE_ORDERED, which is for On-Demand only, is reported by allocation-strategy-mismatch.)',fix:"Set computeResources.allocationStrategy to SPOT_PRICE_CAPACITY_OPTIMIZED, with several instance families in instanceTypes.",bad:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: SPOT
  allocationStrategy: BEST_FIT
  spotIamFleetRole: arn:aws:iam::123456789012:role/AmazonEC2SpotFleetTaggingRole
  instanceTypes: [m6i, c6i, r6i]`,good:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: SPOT
  allocationStrategy: SPOT_PRICE_CAPACITY_OPTIMIZED
  instanceTypes: [m6i, c6i, r6i]`,peers:["AWS Config batch-managed-compute-env-allocation-strategy-check (with SPOT_* strategies allowed)"]},appliesTo:["computeEnvironment"],messages:{missing:"This Spot environment sets no allocationStrategy, so Batch uses BEST_FIT, which waits for one instance type and is interrupted more often; set allocationStrategy to SPOT_PRICE_CAPACITY_OPTIMIZED.",notCapacityOptimized:"allocationStrategy {{strategy}} on a Spot environment ignores how likely instances are to be interrupted; use SPOT_PRICE_CAPACITY_OPTIMIZED (AWS's recommendation) or SPOT_CAPACITY_OPTIMIZED."},check(e,t){let n=v(e);if(!T(n,"SPOT"))return;let o=n.resources.allocationStrategy;if(q(o)){if(N(n.eksConfiguration))return;t.report({messageId:"missing",path:n.resources.provisioning.path});return}D(o,r=>r==="BEST_FIT"||r==="BEST_FIT_PROGRESSIVE")&&t.report({messageId:"notCapacityOptimized",data:{strategy:We(o)},path:o.path})}});var Nu=50,wa=m({id:"spot-bid-percentage",title:"Spot bid percentage set",category:"spot",severity:"warning",description:"A SPOT compute environment with bidPercentage set below 100 (AWS recommends leaving it empty): Spot pools priced above the cap are never used, and low caps can starve the environment.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html",docs:{rationale:'bidPercentage caps the Spot price at a percentage of On-Demand; you always pay the market price, never the cap, so a cap saves nothing and only removes capacity: instance types whose Spot price is above it are not launched, and jobs wait in RUNNABLE. AWS: "For most use cases, we recommend leaving this field empty" (the default is 100% of On-Demand). In the AWS Spot Advisor data for us-east-1 Linux, about 6% of instance types typically trade above 50% of On-Demand, 27% above 40% and 67% above 30%. The option `lowBidPercentage` (default 50) sets where the message turns from advice to a starvation warning.',fix:"Remove bidPercentage. If a price ceiling is a policy, keep it at 100 or close to it, and use the off-by-default rule spot-max-bid-percentage to enforce it.",bad:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: SPOT
  allocationStrategy: SPOT_PRICE_CAPACITY_OPTIMIZED
  bidPercentage: 30`,good:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: SPOT
  allocationStrategy: SPOT_PRICE_CAPACITY_OPTIMIZED`},appliesTo:["computeEnvironment"],options:{lowBidPercentage:M.integer(Nu,{minimum:1,maximum:100})},messages:{low:"bidPercentage {{value}} caps Spot at {{value}}% of On-Demand, below the typical Spot price of many instance types, so they are never launched and jobs can wait in RUNNABLE; remove bidPercentage (you pay the market price either way).",capped:"bidPercentage {{value}} keeps Batch from launching Spot pools priced above {{value}}% of On-Demand, yet saves nothing (you pay the market price); AWS recommends leaving it empty, so remove it."},check(e,t){let n=v(e);if(!T(n,"SPOT"))return;let o=n.resources.bidPercentage,r=d(o);r===void 0||r>=100||t.report({messageId:r<t.options.lowBidPercentage?"low":"capped",data:{value:r},path:o.path})}});var Ta=m({id:"spot-single-instance-type",title:"Spot compute environment with one instance type",category:"spot",severity:"warning",description:"A SPOT compute environment limited to a single exact instance size (such as c5.4xlarge), so every instance comes from the same few Spot pools.",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/bestpractice6.html",docs:{rationale:"AWS's Spot best practices for Batch: diversify instance types, across sizes and families. With one size, a reclaim or a capacity shortage of that type hits every job at once and the environment cannot scale until it returns; the capacity-optimized strategies have no other pools to choose from. A family (c5) or several types count as diversified.",fix:"List several families (for example [c6i, m6i, r6i]) or at least several sizes, and use SPOT_PRICE_CAPACITY_OPTIMIZED.",bad:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: SPOT
  allocationStrategy: SPOT_PRICE_CAPACITY_OPTIMIZED
  instanceTypes: [c5.4xlarge]`,good:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: SPOT
  allocationStrategy: SPOT_PRICE_CAPACITY_OPTIMIZED
  instanceTypes: [c5, c6i, m6i]`},appliesTo:["computeEnvironment"],messages:{single:"This Spot environment can only launch {{type}}, so one reclaim or capacity shortage of that type stops it; list several families (for example [c6i, m6i, r6i]) to diversify."},check(e,t){let n=v(e);if(!T(n,"SPOT"))return;let o=k(n.resources.instanceTypes);if(o.length!==1)return;let r=o[0];if(r.certainty==="known"){if(!r.value.includes("."))return;t.report({messageId:"single",data:{type:r.value},path:r.path})}else r.certainty==="unknown"&&!r.invalid&&!(r.possible&&r.possible.every(i=>!i.includes(".")))&&t.report({messageId:"single",data:{type:r.origin},path:r.path})}});var ku="amazonec2spotfleetrole",Ca=m({id:"spot-fleet-role-cannot-tag",title:"Spot Fleet role with the old AmazonEC2SpotFleetRole policy",category:"spot",severity:"warning",description:"A SPOT compute environment whose spotIamFleetRole is the role AmazonEC2SpotFleetRole, which carries the old managed policy of that name that cannot tag Spot Instances.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html",docs:{rationale:`AWS: "To tag your Spot Instances on creation, the Spot Fleet IAM role specified here must use the newer AmazonEC2SpotFleetTaggingRole managed policy. The previously recommended AmazonEC2SpotFleetRole managed policy doesn't have the required permissions to tag Spot Instances." The Batch troubleshooting guide adds that with the service-linked role, such Spot Instances then fail to scale down ("You are not authorized to perform this operation"). The rule reads the role name: a role called AmazonEC2SpotFleetRole is the one the old console created with the old policy.`,fix:"Give the ARN of a role that has the AmazonEC2SpotFleetTaggingRole managed policy (AWS's examples name the role AmazonEC2SpotFleetTaggingRole).",bad:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: SPOT
  allocationStrategy: BEST_FIT_PROGRESSIVE
  spotIamFleetRole: arn:aws:iam::123456789012:role/AmazonEC2SpotFleetRole`,good:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: SPOT
  allocationStrategy: BEST_FIT_PROGRESSIVE
  spotIamFleetRole: arn:aws:iam::123456789012:role/AmazonEC2SpotFleetTaggingRole`},appliesTo:["computeEnvironment"],messages:{legacyRole:"spotIamFleetRole is the old AmazonEC2SpotFleetRole, whose policy cannot tag Spot Instances (and then they may not scale down); use a role with the AmazonEC2SpotFleetTaggingRole managed policy."},check(e,t){let n=v(e);if(!T(n,"SPOT"))return;let o=d(n.resources.spotIamFleetRole);o===void 0||/^arn:[^:]*:iam::[^:]*:policy\//.test(o)||o.slice(o.lastIndexOf("/")+1).trim().toLowerCase()!==ku||t.report({messageId:"legacyRole",path:n.resources.spotIamFleetRole.path})}});var Fu=["BEST_FIT","BEST_FIT_PROGRESSIVE","BEST_FIT_PROGRESSIVE_ORDERED","SPOT_CAPACITY_OPTIMIZED","SPOT_PRICE_CAPACITY_OPTIMIZED","SPOT_CAPACITY_OPTIMIZED_PRIORITIZED"],ju=["BEST_FIT_PROGRESSIVE","SPOT_CAPACITY_OPTIMIZED","SPOT_PRICE_CAPACITY_OPTIMIZED"],Ia=m({id:"compute-environment-allocation-strategy-allowed",title:"Allocation strategy outside the allowed list",category:"spot",severity:"warning",description:"Off by default (a policy check, like AWS Config's batch-managed-compute-env-allocation-strategy-check): a managed EC2 or Spot compute environment whose allocationStrategy (BEST_FIT when empty) is not in the option allowedStrategies.",helpUri:"https://docs.aws.amazon.com/config/latest/developerguide/batch-managed-compute-env-allocation-strategy-check.html",docs:{rationale:"The allocation strategy decides how Batch picks instance types when the best fit is not available, and whether the environment supports infrastructure updates (BEST_FIT does not). Organisations that standardise on some strategies list them in the option `allowedStrategies` (default: BEST_FIT_PROGRESSIVE, SPOT_CAPACITY_OPTIMIZED, SPOT_PRICE_CAPACITY_OPTIMIZED). An empty allocationStrategy counts as BEST_FIT, the ECS default. Fargate environments have no strategy and are not checked.",fix:"Set computeResources.allocationStrategy to an allowed strategy. Enable the rule in the config file: `rules: { compute-environment-allocation-strategy-allowed: [warning, { allowedStrategies: [SPOT_PRICE_CAPACITY_OPTIMIZED, BEST_FIT_PROGRESSIVE] }] }`.",bad:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: EC2
  allocationStrategy: BEST_FIT`,good:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: EC2
  allocationStrategy: BEST_FIT_PROGRESSIVE`,peers:["AWS Config batch-managed-compute-env-allocation-strategy-check"]},appliesTo:["computeEnvironment"],enabledByDefault:!1,options:{allowedStrategies:M.listOf(Fu,ju,{minItems:1,uniqueItems:!0})},messages:{notAllowed:"allocationStrategy {{strategy}} is not one of the allowed strategies ({{allowed}}); change it to one of them.",defaultNotAllowed:"No allocationStrategy, so Batch uses BEST_FIT, which is not one of the allowed strategies ({{allowed}}); set one of them."},check(e,t){let n=v(e);if(!ye(n)||!T(n,"EC2","SPOT"))return;let o=t.options.allowedStrategies;if(o.length===0)return;let r={allowed:o.join(", ")},i=n.resources.allocationStrategy;if(q(i)){if(N(n.eksConfiguration)||o.includes("BEST_FIT"))return;t.report({messageId:"defaultNotAllowed",data:r,path:n.resources.provisioning.path});return}D(i,a=>!o.includes(a))&&t.report({messageId:"notAllowed",data:{...r,strategy:We(i)},path:i.path})}});var xa=100,Na=m({id:"spot-max-bid-percentage",title:"Spot bid percentage above the allowed maximum",category:"spot",severity:"warning",description:"Off by default (a policy check, like AWS Config's batch-managed-spot-compute-environment-max-bid): a SPOT compute environment whose bidPercentage, or the 100% default when it is empty, exceeds the option maxBidPercentage.",helpUri:"https://docs.aws.amazon.com/config/latest/developerguide/batch-managed-spot-compute-environment-max-bid.html",docs:{rationale:"Some organisations cap what Spot capacity may cost relative to On-Demand. bidPercentage is that cap; when it is empty Batch uses 100% of On-Demand. This rule enforces the ceiling set in the option `maxBidPercentage` (1-100, default 100, so only bids above On-Demand are reported until you lower it). It contradicts AWS's advice to leave bidPercentage empty (rule spot-bid-percentage), so enable it only where the policy exists, and disable spot-bid-percentage there.",fix:"Set computeResources.bidPercentage to at most maxBidPercentage. Enable the rule in the config file: `rules: { spot-max-bid-percentage: [warning, { maxBidPercentage: 80 }] }`.",bad:`# with the default maxBidPercentage (100): a bid above the On-Demand price
computeEnvironmentName: spot-ce
type: MANAGED
computeResources:
  type: SPOT
  allocationStrategy: SPOT_PRICE_CAPACITY_OPTIMIZED
  bidPercentage: 120
  maxvCpus: 512
  instanceTypes: [m6i, c6i, r6i]`,good:`computeEnvironmentName: spot-ce
type: MANAGED
computeResources:
  type: SPOT
  allocationStrategy: SPOT_PRICE_CAPACITY_OPTIMIZED
  bidPercentage: 100
  maxvCpus: 512
  instanceTypes: [m6i, c6i, r6i]`,peers:["AWS Config batch-managed-spot-compute-environment-max-bid"]},appliesTo:["computeEnvironment"],enabledByDefault:!1,options:{maxBidPercentage:M.integer(xa,{minimum:1,maximum:100})},messages:{aboveMax:"bidPercentage {{value}} is above the allowed maximum of {{max}}% of On-Demand; lower it to {{max}} or less.",defaultAboveMax:"No bidPercentage, so Batch lets Spot cost up to 100% of On-Demand, above the allowed maximum of {{max}}%; set computeResources.bidPercentage to {{max}} or less."},check(e,t){let n=v(e);if(!T(n,"SPOT"))return;let o=t.options.maxBidPercentage,r=n.resources.bidPercentage;if(q(r)){xa>o&&t.report({messageId:"defaultAboveMax",data:{max:o},path:n.resources.provisioning.path});return}D(r,i=>i>o)&&t.report({messageId:"aboveMax",data:{value:We(r),max:o},path:r.path})}});var ka=[Sa,wa,Ta,Ca,Ia,Na];var Fa=m({id:"job-queue-duplicate-order",title:"Two compute environments with the same order",category:"wiring",severity:"error",description:"A job queue whose computeEnvironmentOrder gives the same order value to two compute environments.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeEnvironmentOrder.html",docs:{rationale:'Compute environments are tried in ascending order: "the compute environment with a lower order integer value is tried for job placement first". The order is a strict preference, not a weight: the Batch API does not accept two environments with the same order in one queue.',fix:"Give each compute environment in the queue its own order value, lowest for the one to try first (for example Spot 1, On-Demand 2).",bad:`jobQueueName: etl-queue
priority: 1
computeEnvironmentOrder:
  - order: 1
    computeEnvironment: spot-ce
  - order: 1
    computeEnvironment: ondemand-ce`,good:`jobQueueName: etl-queue
priority: 1
computeEnvironmentOrder:
  - order: 1
    computeEnvironment: spot-ce
  - order: 2
    computeEnvironment: ondemand-ce`},appliesTo:["jobQueue"],messages:{duplicate:"order {{order}} is also used by computeEnvironmentOrder entry {{first}}; give each compute environment its own order (they are tried in ascending order)."},check(e,t){let n=new Map;for(let o of k($(e).computeEnvironmentOrder)){let r=d(o.order);if(r===void 0)continue;let i=n.get(r);i===void 0?n.set(r,o.index):t.report({messageId:"duplicate",data:{order:r,first:i+1},path:o.order.path})}}});function Ou(e){let t=":compute-environment/",n=e.indexOf(t);return(n>=0?e.slice(n+t.length):e).trim()}var ja=m({id:"job-queue-duplicate-compute-environment",title:"Compute environment listed twice in a queue",category:"wiring",severity:"error",description:"A job queue whose computeEnvironmentOrder lists the same compute environment twice (by name or ARN).",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeEnvironmentOrder.html",docs:{rationale:"computeEnvironmentOrder maps each compute environment of the queue to its place in the order; a queue holds at most 3, and listing one twice gives it two places in the order, which cannot both hold. It is usually a copy-paste slip where a different environment (often the On-Demand fallback) was meant.",fix:"List each compute environment once; if a fallback was meant, name the other environment.",bad:`jobQueueName: etl-queue
priority: 1
computeEnvironmentOrder:
  - order: 1
    computeEnvironment: spot-ce
  - order: 2
    computeEnvironment: arn:aws:batch:us-east-1:123456789012:compute-environment/spot-ce`,good:`jobQueueName: etl-queue
priority: 1
computeEnvironmentOrder:
  - order: 1
    computeEnvironment: spot-ce
  - order: 2
    computeEnvironment: ondemand-ce`},appliesTo:["jobQueue"],messages:{duplicate:'Compute environment "{{name}}" is already listed in computeEnvironmentOrder entry {{first}}; list each environment once (was a different fallback meant?).'},check(e,t){let n=new Map;for(let o of k($(e).computeEnvironmentOrder)){let r=d(o.computeEnvironment);if(r===void 0)continue;let i=Ou(r);if(i==="")continue;let a=n.get(i);a===void 0?n.set(i,o.index):t.report({messageId:"duplicate",data:{name:i,first:a+1},path:o.computeEnvironment.path})}}});var Oa=m({id:"job-queue-disabled",title:"Disabled job queue",category:"wiring",severity:"note",description:"A job queue in state DISABLED: it accepts no new jobs.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_CreateJobQueue.html",docs:{rationale:`AWS: "If the job queue state is DISABLED, new jobs can't be added to the queue, but jobs already in the queue can finish." Every SubmitJob to it fails. That is right for a queue being retired, and a surprise anywhere else.`,fix:"Set state to ENABLED (the default), or delete the queue if it is retired; suppress the finding on queues that are disabled on purpose.",bad:`jobQueueName: etl
state: DISABLED
priority: 1`,good:`jobQueueName: etl
state: ENABLED
priority: 1`,peers:["AWS Config batch-job-queue-enabled"]},appliesTo:["jobQueue"],messages:{disabled:"This job queue is DISABLED, so every SubmitJob to it fails; set state to ENABLED, or delete the queue if it is retired."},check(e,t){let n=$(e).state;pe(n)&&t.report({messageId:"disabled",path:n.path})}});var Ma=m({id:"compute-environment-disabled",title:"Disabled compute environment",category:"wiring",severity:"note",description:"A compute environment in state DISABLED: Batch places no new jobs on it and does not scale it out.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_CreateComputeEnvironment.html",docs:{rationale:"AWS: when a compute environment is DISABLED, the scheduler does not place new jobs on it, jobs already STARTING or RUNNING continue, and a managed environment does not scale out. Queues that rely on it get no capacity from it. It can still cost money: minvCpus is kept even when DISABLED (see min-vcpus-always-on).",fix:"Set state to ENABLED (the default), or, to retire it, remove it from its queues, set minvCpus to 0 and delete it; suppress the finding where it is disabled on purpose.",bad:`computeEnvironmentName: spot-ce
type: MANAGED
state: DISABLED`,good:`computeEnvironmentName: spot-ce
type: MANAGED
state: ENABLED`,peers:["AWS Config batch-compute-environment-enabled"]},appliesTo:["computeEnvironment"],messages:{disabled:"This compute environment is DISABLED, so Batch places no new jobs on it and does not scale it out; set state to ENABLED, or delete it if it is retired."},check(e,t){let n=v(e).state;pe(n)&&t.report({messageId:"disabled",path:n.path})}});var Da=m({id:"compute-environment-unmanaged",title:"Unmanaged compute environment",category:"wiring",severity:"warning",description:"Off by default (a policy check, like AWS Config's batch-compute-environment-managed): a compute environment of type UNMANAGED.",helpUri:"https://docs.aws.amazon.com/config/latest/developerguide/batch-compute-environment-managed.html",docs:{rationale:"In an UNMANAGED environment you launch, patch and scale the ECS container instances yourself; Batch only schedules onto them. Organisations that want Batch to own capacity (scaling to zero, AMI updates, Spot handling) forbid them. Unmanaged environments also cannot run multi-node parallel jobs.",fix:"Use a MANAGED compute environment with computeResources (EC2, SPOT, FARGATE or FARGATE_SPOT). Enable the rule in the config file: `rules: { compute-environment-unmanaged: warning }`.",bad:`computeEnvironmentName: own-hosts
type: UNMANAGED
unmanagedvCpus: 8`,good:`computeEnvironmentName: batch-ce
type: MANAGED
computeResources:
  type: EC2
  maxvCpus: 256`,peers:["AWS Config batch-compute-environment-managed"]},appliesTo:["computeEnvironment"],enabledByDefault:!1,messages:{unmanaged:"This compute environment is UNMANAGED, so its instances are launched, patched and scaled by hand; use a MANAGED environment with computeResources."},check(e,t){let n=v(e);W(n)&&t.report({messageId:"unmanaged",path:n.type.path})}});var _a=m({id:"compute-environment-without-launch-template",title:"Managed compute environment without a launch template",category:"wiring",severity:"warning",description:"Off by default (a policy check, like AWS Config's batch-managed-compute-environment-using-launch-template): a managed EC2 or Spot compute environment without computeResources.launchTemplate.",helpUri:"https://docs.aws.amazon.com/config/latest/developerguide/batch-managed-compute-environment-using-launch-template.html",docs:{rationale:"A launch template is where organisations put what Batch itself does not set: IMDSv2, EBS encryption and volume sizes, user data for agents and hardening. Policies that require one are enforced by this rule. Fargate environments cannot use launch templates and are not checked.",fix:"Add computeResources.launchTemplate with launchTemplateId or launchTemplateName (not both) and a version. Enable the rule in the config file: `rules: { compute-environment-without-launch-template: warning }`.",bad:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: EC2
  maxvCpus: 256`,good:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: EC2
  maxvCpus: 256
  launchTemplate:
    launchTemplateName: batch-hardened
    version: $Default`,peers:["AWS Config batch-managed-compute-environment-using-launch-template"]},appliesTo:["computeEnvironment"],enabledByDefault:!1,messages:{missing:"This managed compute environment has no launch template; add computeResources.launchTemplate (launchTemplateId or launchTemplateName, and a version)."},check(e,t){let n=v(e);!ye(n)||!T(n,"EC2","SPOT")||N(n.resources.launchTemplate)||t.report({messageId:"missing",path:n.computeResources.path,key:!0})}});var Ua=m({id:"instance-role-missing",title:"EC2 compute environment without an instance role",category:"wiring",severity:"error",description:"A managed EC2 or Spot compute environment (ECS or EKS) has no computeResources.instanceRole, the instance profile its instances run with.",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/instance_IAM_role.html",docs:{rationale:`instanceRole "is required for Amazon EC2 instance types" ([API:ComputeResource]). The ECS agent (or the kubelet on EKS) on each instance calls AWS with that instance profile: "You must create an IAM role and an instance profile for the container instances to use when they're launched. Otherwise, you can't create a compute environment and launch container instances into it" ([UG:instance_IAM_role]). A launch template cannot stand in for it: Batch ignores the instance role of a launch template ([UG:launch-templates]). Only an absent value is reported; one from a variable or a parameter is taken as given.`,fix:"Set computeResources.instanceRole to an instance profile holding a role with the AmazonEC2ContainerServiceforEC2Role managed policy (ECS), for example `ecsInstanceRole` or `arn:aws:iam::123456789012:instance-profile/ecsInstanceRole`.",bad:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: EC2
  maxvCpus: 64
  instanceTypes: [m6i]
  subnets: [subnet-0a1b2c3d]
  securityGroupIds: [sg-0a1b2c3d]`,good:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: EC2
  maxvCpus: 64
  instanceTypes: [m6i]
  subnets: [subnet-0a1b2c3d]
  securityGroupIds: [sg-0a1b2c3d]
  instanceRole: arn:aws:iam::123456789012:instance-profile/ecsInstanceRole`},appliesTo:["computeEnvironment"],messages:{missing:"This {{provisioning}} compute environment has no instanceRole: Batch cannot create it or launch instances without an instance profile; set computeResources.instanceRole (for example ecsInstanceRole)."},check(e,t){let n=v(e);!ye(n)||!T(n,"EC2","SPOT")||!q(n.resources.instanceRole)||t.report({messageId:"missing",data:{provisioning:d(n.resources.provisioning)??"EC2"},path:n.computeResources.path,key:!0})}});var Mu=/^arn:[^:]*:iam::[^:]*:role\//,Du="\0",Ba=m({id:"instance-role-not-instance-profile",title:"Instance role given as an IAM role ARN",category:"wiring",severity:"error",description:"A compute environment's computeResources.instanceRole is the ARN of an IAM role (arn:...:role/...), where Batch needs an instance profile (arn:...:instance-profile/... or its name); also when the ARN comes from a CloudFormation GetAtt of an AWS::IAM::Role or a Terraform aws_iam_role.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html",docs:{rationale:'instanceRole is "The Amazon ECS instance profile applied to Amazon EC2 instances in a compute environment. You can specify the short name or full Amazon Resource Name (ARN) of an instance profile" ([API:ComputeResource]). A role ARN is not an instance profile: the environment goes INVALID with "CLIENT_ERROR - Invalid IamInstanceProfile" and launches nothing, a mistake seen in public templates (Netflix metaflow-tools issue 9, aws-cdk issue 6495). A role and its instance profile often share a name, which makes the mix-up easy.',fix:"Create an instance profile for the role (AWS::IAM::InstanceProfile, aws_iam_instance_profile) and pass its ARN (`!GetAtt Profile.Arn`, `aws_iam_instance_profile.x.arn`) or its name.",bad:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: EC2
  maxvCpus: 64
  instanceTypes: [m6i]
  subnets: [subnet-0a1b2c3d]
  securityGroupIds: [sg-0a1b2c3d]
  instanceRole: arn:aws:iam::123456789012:role/ecsInstanceRole`,good:`computeEnvironmentName: etl-ce
type: MANAGED
computeResources:
  type: EC2
  maxvCpus: 64
  instanceTypes: [m6i]
  subnets: [subnet-0a1b2c3d]
  securityGroupIds: [sg-0a1b2c3d]
  instanceRole: arn:aws:iam::123456789012:instance-profile/ecsInstanceRole`},appliesTo:["computeEnvironment"],messages:{role:'instanceRole is an IAM role ARN{{source}}, not an instance profile: the environment goes INVALID ("Invalid IamInstanceProfile"); pass the ARN or name of an instance profile that holds the role.'},check(e,t){let n=G(e);if(!n.managed||n.capacity==="fargate")return;let o=v(e).resources.instanceRole,r=Et(o);if(r===void 0||!Mu.test(r.map(a=>a??Du).join("").trimStart()))return;let i=o.certainty==="unknown"?` (from ${o.origin})`:"";t.report({messageId:"role",data:{source:i},path:o.path})}});function _u(e){return e.certainty==="absent"||e.certainty==="known"&&e.value.length===0}var Ga=m({id:"security-group-missing",title:"Compute environment without a security group",category:"wiring",severity:"error",description:"A managed compute environment has no security group: a Fargate one with no computeResources.securityGroupIds, or an EC2/Spot one with neither securityGroupIds nor a launch template (which may carry them).",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html",docs:{rationale:`securityGroupIds: "One or more security groups must be specified, either in securityGroupIds or using a launch template referenced in launchTemplate. This parameter is required for jobs that are running on Fargate resources and must contain at least one security group. Fargate doesn't support launch templates." ([API:ComputeResource]). Without one Batch cannot create the environment. An EC2 environment with a launch template is not reported (the template may give the groups), nor is a list from a variable or a parameter.`,fix:"Add computeResources.securityGroupIds with at least one security group of the subnets' VPC (up to 5 for Fargate), or, for EC2, a launch template whose network settings name them.",bad:`computeEnvironmentName: etl-fargate
type: MANAGED
computeResources:
  type: FARGATE
  maxvCpus: 64
  subnets: [subnet-0a1b2c3d]`,good:`computeEnvironmentName: etl-fargate
type: MANAGED
computeResources:
  type: FARGATE
  maxvCpus: 64
  subnets: [subnet-0a1b2c3d]
  securityGroupIds: [sg-0a1b2c3d]`},appliesTo:["computeEnvironment"],messages:{fargate:"This Fargate compute environment has no securityGroupIds, which Fargate requires; add at least one security group.",ec2:"This compute environment has no securityGroupIds and no launch template to give them; add at least one security group."},check(e,t){let n=v(e),o=n.resources;if(!ye(n)||!_u(o.securityGroupIds))return;let r={path:n.computeResources.path,key:!0};T(n,"FARGATE","FARGATE_SPOT")?t.report({messageId:"fargate",...r}):T(n,"EC2","SPOT")&&!N(o.launchTemplate)&&t.report({messageId:"ec2",...r})}});function Uu(e,t){if(e===t)return!0;let n=(o,r)=>o.endsWith("*")&&r.startsWith(o.slice(0,-1));return n(e,t)||n(t,e)}var qa=m({id:"scheduling-policy-overlapping-shares",title:"Overlapping share identifiers",category:"wiring",severity:"error",description:"A fair-share scheduling policy whose shareDistribution has two entries that match the same share identifier: a duplicate, or a prefix such as UserA* that covers UserA1 or UserA2*.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ShareAttributes.html",docs:{rationale:`AWS: "The list of share identifiers in a fair-share policy can't overlap. For example, you can't have one that specifies a shareIdentifier of UserA* and another that specifies a shareIdentifier of UserA1." A trailing "*" makes an entry a prefix that gives its weight to every identifier starting with it, so two entries would give one job two weights.`,fix:"Keep one entry per identifier: drop the narrower entry, or rename the identifiers so that no prefix covers another (UserA* and UserB*, not User* and UserA*).",bad:`name: fair
fairsharePolicy:
  shareDistribution:
    - shareIdentifier: UserA*
      weightFactor: 1
    - shareIdentifier: UserA1
      weightFactor: 0.5`,good:`name: fair
fairsharePolicy:
  shareDistribution:
    - shareIdentifier: UserA*
      weightFactor: 1
    - shareIdentifier: UserB1
      weightFactor: 0.5`},appliesTo:["schedulingPolicy"],messages:{duplicate:'Share identifier "{{identifier}}" is listed twice in shareDistribution (entries {{first}} and {{index}}), which AWS rejects; keep one entry.',overlap:'Share identifier "{{identifier}}" overlaps "{{other}}" (entry {{first}}): AWS rejects share identifiers where one prefix covers another; remove one of them or rename the identifiers apart.'},check(e,t){let n=Zt(e).fairsharePolicy;if(n.certainty!=="known")return;let o=[];for(let r of k(n.value.shareDistribution)){let i=d(r.shareIdentifier);if(i===void 0)continue;let a=o.find(c=>Uu(c.identifier,i));if(o.push({identifier:i,index:r.index}),!a)continue;let s={identifier:i,other:a.identifier,first:a.index+1,index:r.index+1};t.report({messageId:a.identifier===i?"duplicate":"overlap",data:s,path:r.shareIdentifier.path})}}});var La=m({id:"platform-mismatch",title:"Job definition submitted to a queue of another platform",category:"wiring",severity:"error",description:"A declared pairing (config workloads, Step Functions, EventBridge) submits a job definition to a queue whose compute environments run another platform: Fargate vs EC2, or ECS vs EKS.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_RegisterJobDefinition.html",docs:{rationale:"platformCapabilities must match the queue: FARGATE job definitions run only on FARGATE/FARGATE_SPOT environments, EC2 ones (the default) only on EC2/SPOT environments, and eksProperties job definitions only on EKS environments (https://docs.aws.amazon.com/batch/latest/userguide/fargate-job-definitions.html). The submission is rejected or the job never runs. Pairings that batchlint only infers always match, so this rule needs a declared pairing.",fix:"Submit the job to a queue of its platform, or change platformCapabilities (and the Fargate-only fields) to match the queue.",bad:`# A Step Functions task submits a FARGATE job definition to a queue of EC2 environments.
Resources:
  FargateJob:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      PlatformCapabilities: [FARGATE]
      ContainerProperties:
        Image: my-image:1.0
        ExecutionRoleArn: arn:aws:iam::123456789012:role/exec
        ResourceRequirements:
          - { Type: VCPU, Value: "1" }
          - { Type: MEMORY, Value: "2048" }
  Env:
    Type: AWS::Batch::ComputeEnvironment
    Properties:
      Type: MANAGED
      ComputeResources: { Type: EC2, MaxvCpus: 64, InstanceTypes: [m5], Subnets: [subnet-1] }
  Queue:
    Type: AWS::Batch::JobQueue
    Properties:
      Priority: 1
      ComputeEnvironmentOrder:
        - { Order: 1, ComputeEnvironment: !Ref Env }
  Pipeline:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: arn:aws:iam::123456789012:role/sfn
      Definition:
        StartAt: Run
        States:
          Run:
            Type: Task
            Resource: arn:aws:states:::batch:submitJob.sync
            Parameters: { JobName: run, JobDefinition: !Ref FargateJob, JobQueue: !Ref Queue }
            End: true`,good:`# The same job submitted to a queue of FARGATE environments.
Resources:
  FargateJob:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      PlatformCapabilities: [FARGATE]
      ContainerProperties:
        Image: my-image:1.0
        ExecutionRoleArn: arn:aws:iam::123456789012:role/exec
        ResourceRequirements:
          - { Type: VCPU, Value: "1" }
          - { Type: MEMORY, Value: "2048" }
  Env:
    Type: AWS::Batch::ComputeEnvironment
    Properties:
      Type: MANAGED
      ComputeResources: { Type: FARGATE, MaxvCpus: 64, Subnets: [subnet-1] }
  Queue:
    Type: AWS::Batch::JobQueue
    Properties:
      Priority: 1
      ComputeEnvironmentOrder:
        - { Order: 1, ComputeEnvironment: !Ref Env }
  Pipeline:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: arn:aws:iam::123456789012:role/sfn
      Definition:
        StartAt: Run
        States:
          Run:
            Type: Task
            Resource: arn:aws:states:::batch:submitJob.sync
            Parameters: { JobName: run, JobDefinition: !Ref FargateJob, JobQueue: !Ref Queue }
            End: true`},appliesTo:["jobDefinition"],messages:{mismatch:"This {{job}} job definition is submitted to {{pairing}}, whose compute environments are {{queue}}: the job cannot run there. Submit it to a {{job}} queue."},check(e,t){let n=t.model.graph,o=b(e).platform;for(let r of n.pairingsOf(e)){if(r.origin==="platform"||n.platformMatches(e,r.queue))continue;let i=n.queuePlatform(r.queue),a=[...[...i.capacities].map(c=>c==="fargate"?"Fargate":"EC2"),...i.orchestrations.has("EKS")?["EKS"]:[]].join(" and "),s=o.capabilities.certainty!=="absent"?o.capabilities.path:o.eksProperties.certainty!=="absent"?o.eksProperties.path:["jobDefinitionName"];t.report({messageId:"mismatch",data:{job:It(o),pairing:x(r),queue:a||"of another platform"},path:s,key:s[0]!=="platformCapabilities"})}}});var $a=m({id:"queue-mixes-fargate-and-ec2",title:"Queue mixes Fargate and EC2 compute environments",category:"wiring",severity:"error",description:"A job queue lists both Fargate (FARGATE, FARGATE_SPOT) and EC2 (EC2, SPOT) compute environments.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeEnvironmentOrder.html",docs:{rationale:`AWS: "All compute environments that are associated with a job queue must share the same provisioning model"; EC2/SPOT and FARGATE/FARGATE_SPOT environments can't be mixed in one queue. CreateJobQueue rejects it.`,fix:"Make one queue for the Fargate environments and another for the EC2 ones.",bad:`computeEnvironments:
  - computeEnvironmentName: fargate
    type: MANAGED
    computeResources: { type: FARGATE, maxvCpus: 64, subnets: [subnet-1] }
  - computeEnvironmentName: ec2
    type: MANAGED
    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }
jobQueues:
  - jobQueueName: etl-queue
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: fargate }
      - { order: 2, computeEnvironment: ec2 }`,good:`computeEnvironments:
  - computeEnvironmentName: fargate-spot
    type: MANAGED
    computeResources: { type: FARGATE_SPOT, maxvCpus: 64, subnets: [subnet-1] }
  - computeEnvironmentName: fargate
    type: MANAGED
    computeResources: { type: FARGATE, maxvCpus: 64, subnets: [subnet-1] }
jobQueues:
  - jobQueueName: etl-queue
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: fargate-spot }
      - { order: 2, computeEnvironment: fargate }`},appliesTo:["jobQueue"],messages:{mixed:"This queue mixes Fargate and EC2 compute environments ({{first}} is {{firstKind}}, {{other}} is {{otherKind}}): AWS does not allow mixing provisioning models in a queue."},check(e,t){let n=t.model.graph.queueNode(e);if(!n)return;let o=n.environments.filter(c=>c.environment&&G(c.environment).provisioning),r=o[0];if(!r)return;let i=c=>G(c.environment).capacity,a=o.find(c=>i(c)!==i(r));if(!a)return;let s=c=>G(c.environment).provisioning;t.report({messageId:"mixed",data:{first:r.environment.name,firstKind:s(r),other:a.environment.name,otherKind:s(a)},path:a.path})}});function Bu(e,t){let n=e.environment?t.instanceTypes(e.environment):void 0;if(!n||n.unresolved.length>0)return;let o=new Set(n.types.map(r=>r.architecture));return o.size===1?[...o][0]:void 0}var Va=m({id:"queue-mixes-architectures",title:"Queue mixes x86_64 and arm64 compute environments",category:"wiring",severity:"error",description:"A job queue lists compute environments whose instance types are x86_64 and others whose types are arm64 (Graviton).",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeEnvironmentOrder.html",docs:{rationale:"AWS: all compute environments of a job queue must share the same architecture; Batch doesn't support mixing x86 and ARM environments in one queue. An image also runs on one architecture only, so jobs would fail on half the capacity.",fix:"Make separate queues for x86_64 and arm64 environments, and submit each image to the queue of its architecture.",bad:`computeEnvironments:
  - computeEnvironmentName: x86
    type: MANAGED
    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [c6i], subnets: [subnet-1] }
  - computeEnvironmentName: arm
    type: MANAGED
    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [c6g], subnets: [subnet-1] }
jobQueues:
  - jobQueueName: etl-queue
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: x86 }
      - { order: 2, computeEnvironment: arm }`,good:`computeEnvironments:
  - computeEnvironmentName: x86
    type: MANAGED
    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [c6i], subnets: [subnet-1] }
  - computeEnvironmentName: x86-spot
    type: MANAGED
    computeResources: { type: SPOT, maxvCpus: 64, instanceTypes: [c6i, m6i], subnets: [subnet-1] }
jobQueues:
  - jobQueueName: etl-queue
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: x86-spot }
      - { order: 2, computeEnvironment: x86 }`},appliesTo:["jobQueue"],messages:{mixed:"This queue mixes architectures: {{first}} launches {{firstArch}} instances and {{other}} launches {{otherArch}}: AWS requires one architecture per queue."},check(e,t){let n=t.model.graph.queueNode(e);if(!n)return;let o=n.environments.map(a=>({link:a,arch:Bu(a,t)})).filter(a=>a.arch),r=o[0],i=o.find(a=>a.arch!==r?.arch);!r||!i||t.report({messageId:"mixed",data:{first:r.link.environment.name,firstArch:r.arch,other:i.link.environment.name,otherArch:i.arch},path:i.link.path})}});var za=m({id:"queue-mixes-orchestration",title:"Queue mixes ECS and EKS compute environments",category:"wiring",severity:"warning",description:"A job queue lists both ECS and EKS compute environments.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_JobQueueDetail.html",docs:{rationale:"A job queue has one jobQueueType (ECS, EKS, ECS_FARGATE, SAGEMAKER_TRAINING), and ECS and EKS job definitions are shaped differently (containerProperties vs eksProperties), so one queue cannot serve both. AWS states no explicit sentence forbidding the mix, hence a warning rather than an error.",fix:"Make separate queues for the ECS and the EKS environments.",bad:`computeEnvironments:
  - computeEnvironmentName: ecs
    type: MANAGED
    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }
  - computeEnvironmentName: eks
    type: MANAGED
    eksConfiguration: { eksClusterArn: "arn:aws:eks:us-east-1:123456789012:cluster/c", kubernetesNamespace: batch }
    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }
jobQueues:
  - jobQueueName: etl-queue
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: ecs }
      - { order: 2, computeEnvironment: eks }`,good:`computeEnvironments:
  - computeEnvironmentName: ecs
    type: MANAGED
    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }
  - computeEnvironmentName: ecs-spot
    type: MANAGED
    computeResources: { type: SPOT, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }
jobQueues:
  - jobQueueName: etl-queue
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: ecs-spot }
      - { order: 2, computeEnvironment: ecs }`},appliesTo:["jobQueue"],messages:{mixed:"This queue mixes ECS ({{ecs}}) and EKS ({{eks}}) compute environments: a queue has one type, and jobs of one kind cannot run on the other."},check(e,t){let n=t.model.graph.queueNode(e);if(!n)return;let o=n.environments.filter(s=>s.environment),r=o.find(s=>G(s.environment).orchestration==="EKS"),i=o.find(s=>G(s.environment).orchestration==="ECS");if(!r||!i)return;let a=r.index>i.index?r:i;t.report({messageId:"mixed",data:{ecs:i.environment.name,eks:r.environment.name},path:a.path})}});var Ja=m({id:"queue-all-environments-disabled",title:"Every compute environment of the queue is disabled",category:"wiring",severity:"error",description:"Every compute environment an enabled job queue lists is DISABLED: jobs submitted to it are never placed.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_CreateComputeEnvironment.html",docs:{rationale:"A DISABLED compute environment takes no new jobs and does not scale out ([API:CreateComputeEnvironment] state). When every environment of a queue is disabled, jobs wait in RUNNABLE until one is enabled.",fix:"Enable at least one compute environment of the queue, or disable the queue too.",bad:`computeEnvironments:
  - computeEnvironmentName: a
    type: MANAGED
    state: DISABLED
    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }
  - computeEnvironmentName: b
    type: MANAGED
    state: DISABLED
    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [c5], subnets: [subnet-1] }
jobQueues:
  - jobQueueName: etl-queue
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: a }
      - { order: 2, computeEnvironment: b }`,good:`computeEnvironments:
  - computeEnvironmentName: a
    type: MANAGED
    state: DISABLED
    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }
  - computeEnvironmentName: b
    type: MANAGED
    state: ENABLED
    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [c5], subnets: [subnet-1] }
jobQueues:
  - jobQueueName: etl-queue
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: a }
      - { order: 2, computeEnvironment: b }`},appliesTo:["jobQueue"],messages:{allDisabled:"Every compute environment of this queue is DISABLED ({{names}}): jobs submitted to it stay RUNNABLE. Enable one, or disable the queue."},check(e,t){let n=$(e);if(pe(n.state))return;let o=t.model.graph.queueNode(e);!o||o.environments.length===0||o.environments.some(r=>!r.environment)||o.environments.some(r=>G(r.environment).enabled)||t.report({messageId:"allDisabled",data:{names:o.environments.map(r=>r.environment.name).join(", ")},path:n.computeEnvironmentOrder.path})}});var Wa=m({id:"queue-some-environments-disabled",title:"Some compute environments of the queue are disabled",category:"wiring",severity:"note",description:"A job queue lists a DISABLED compute environment next to enabled ones: that capacity is not used.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_CreateComputeEnvironment.html",docs:{rationale:"A DISABLED compute environment takes no new jobs, so the queue runs on the remaining ones only; often a leftover of maintenance. A disabled environment with minvCpus > 0 still costs money.",fix:"Enable the environment again, or remove it from the queue.",bad:`computeEnvironments:
  - computeEnvironmentName: a
    type: MANAGED
    state: DISABLED
    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }
  - computeEnvironmentName: b
    type: MANAGED
    state: ENABLED
    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [c5], subnets: [subnet-1] }
jobQueues:
  - jobQueueName: etl-queue
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: a }
      - { order: 2, computeEnvironment: b }`,good:`computeEnvironments:
  - computeEnvironmentName: a
    type: MANAGED
    state: ENABLED
    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }
  - computeEnvironmentName: b
    type: MANAGED
    state: ENABLED
    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [c5], subnets: [subnet-1] }
jobQueues:
  - jobQueueName: etl-queue
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: a }
      - { order: 2, computeEnvironment: b }`},appliesTo:["jobQueue"],messages:{someDisabled:"Compute environment {{name}} of this queue is DISABLED: the queue runs only on {{enabled}}."},check(e,t){let n=t.model.graph.queueNode(e);if(!n)return;let o=n.environments.filter(a=>a.environment),r=a=>v(a.environment).state,i=o.filter(a=>q(r(a))||D(r(a),s=>s==="ENABLED"));if(i.length!==0)for(let a of o)pe(r(a))&&t.report({messageId:"someDisabled",data:{name:a.environment.name,enabled:i.map(s=>s.environment.name).join(", ")},path:a.path})}});var Ka=m({id:"fargate-spot-without-fallback",title:"FARGATE_SPOT with no FARGATE environment after it",category:"wiring",severity:"warning",description:"A job queue uses a FARGATE_SPOT compute environment with no FARGATE (On-Demand) environment later in its order.",helpUri:"https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-capacity-providers.html",docs:{rationale:`"Fargate doesn't replace Spot capacity with on-demand capacity": when Fargate Spot has no capacity, jobs wait in RUNNABLE, and interrupted ones are not moved. Batch tries a queue's environments in ascending order, so a FARGATE environment after the FARGATE_SPOT one gives jobs somewhere to go. Windows containers are not supported on Fargate Spot at all.`,fix:"Add a FARGATE compute environment to the queue with a higher order than the FARGATE_SPOT one.",bad:`computeEnvironments:
  - computeEnvironmentName: fargate-spot
    type: MANAGED
    computeResources: { type: FARGATE_SPOT, maxvCpus: 64, subnets: [subnet-1] }
jobQueues:
  - jobQueueName: etl-queue
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: fargate-spot }`,good:`computeEnvironments:
  - computeEnvironmentName: fargate-spot
    type: MANAGED
    computeResources: { type: FARGATE_SPOT, maxvCpus: 64, subnets: [subnet-1] }
  - computeEnvironmentName: fargate
    type: MANAGED
    computeResources: { type: FARGATE, maxvCpus: 64, subnets: [subnet-1] }
jobQueues:
  - jobQueueName: etl-queue
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: fargate-spot }
      - { order: 2, computeEnvironment: fargate }`},appliesTo:["jobQueue"],messages:{noFallback:"{{name}} is FARGATE_SPOT and no FARGATE environment follows it in this queue: when Spot capacity is short, jobs wait in RUNNABLE. Add a FARGATE environment after it."},check(e,t){let n=t.model.graph.queueNode(e);if(!n)return;let o=n.environments,r=k($(e).computeEnvironmentOrder).some(i=>i.order.certainty==="unknown"||i.order.certainty==="maybeAbsent");o.forEach((i,a)=>{!i.environment||G(i.environment).provisioning!=="FARGATE_SPOT"||(r?o.filter(c=>c!==i):o.slice(a+1)).some(c=>!c.environment||(G(c.environment).provisioning??"FARGATE")==="FARGATE")||t.report({messageId:"noFallback",data:{name:i.environment.name},path:i.path})})}});var Ha=m({id:"unresolved-reference",title:"Reference to a resource outside the input",category:"wiring",severity:"note",description:"A queue names a compute environment or scheduling policy, or a pairing names a job definition or queue, that is not among the analysed resources: the cross-resource checks cannot verify it.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeEnvironmentOrder.html",docs:{rationale:'Placement, platform and mix checks need both ends of a reference. A file set rarely holds every resource, so a reference that leads outside it is reported as "not verified here", never as an error. A live audit of a Region sees everything; there a missing resource is a broken reference (a queue whose environment was deleted is INVALID), and the audit raises this rule to an error.',fix:"Lint the files that define the referenced resources together, or ignore the note for resources managed elsewhere.",bad:`jobQueueName: etl-queue
priority: 1
computeEnvironmentOrder:
  - { order: 1, computeEnvironment: spot-ce }`,good:`computeEnvironments:
  - computeEnvironmentName: spot-ce
    type: MANAGED
    computeResources: { type: SPOT, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }
jobQueues:
  - jobQueueName: etl-queue
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: spot-ce }`},appliesTo:["jobQueue","jobDefinition"],messages:{notVerified:'{{what}} "{{ref}}" is not in the analysed files: not verified here (lint it together with this {{self}} to check placement and wiring).',missing:'{{what}} "{{ref}}" does not exist in the audited account and Region.'},check(e,t){let n=t.model.graph,o=t.model.complete?"missing":"notVerified",r=Gr[e.kind];if(e.kind==="jobQueue"){let i=n.queueNode(e);for(let a of i?.environments??[])a.environment||a.reference===void 0||a.reference.trim()===""||t.report({messageId:o,data:{what:"Compute environment",ref:a.reference,self:r},path:a.path});i?.policy&&!i.policy.policy&&i.policy.reference&&t.report({messageId:o,data:{what:"Scheduling policy",ref:i.policy.reference,self:r},path:i.policy.path})}for(let i of n.unresolvedPairings)e.kind==="jobDefinition"&&i.jobDefinition===e&&!i.queue&&t.report({messageId:o,data:{what:`Job queue (${i.pairing.origin} pairing)`,ref:i.pairing.jobQueue,self:r},path:["jobDefinitionName"],key:!0}),e.kind==="jobQueue"&&i.queue?.queue===e&&!i.jobDefinition&&t.report({messageId:o,data:{what:`Job definition (${i.pairing.origin} pairing)`,ref:i.pairing.jobDefinition,self:r},path:["jobQueueName"],key:!0})}});var Qa=m({id:"spot-job-without-reclaim-retry",title:"Job lands on Spot or Fargate Spot but does not retry interruptions",category:"wiring",severity:"warning",description:'A job definition paired with a queue that has Spot compute environments has no retry strategy that retries Spot reclaims (status reason "Host EC2*"), or one paired with a Fargate Spot environment retries nothing: each interruption fails the job.',helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/bestpractice6.html",docs:{rationale:'EC2 reclaims Spot instances with a two-minute notice, and the job on it ends with the status reason "Host EC2 (instance i-...) terminated.". Without retries (one attempt by default), or when an evaluateOnExit entry exits on that reason first, the job fails. AWS recommends retrying "Host EC2*" and exiting on everything else. Fargate Spot stops a task with a two-minute warning ([ECS:fargate-capacity-providers]); the status reason Batch then gives the job is not documented, so for FARGATE_SPOT environments the rule fires only when nothing is retried (no retryStrategy, or attempts of 1). missing-retry-strategy gives the general advice as a note; this rule is the warning for jobs that do land on Spot.',fix:'Add retryStrategy: { attempts: 3, evaluateOnExit: [{ onStatusReason: "Host EC2*", action: RETRY }, { onReason: "*", action: EXIT }] }.',bad:`jobDefinitions:
  - jobDefinitionName: etl
    type: container
    containerProperties:
      image: my-image:1.0
      resourceRequirements:
        - { type: VCPU, value: "2" }
        - { type: MEMORY, value: "4096" }
computeEnvironments:
  - computeEnvironmentName: spot
    type: MANAGED
    computeResources: { type: SPOT, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }
jobQueues:
  - jobQueueName: etl-queue
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: spot }`,good:`jobDefinitions:
  - jobDefinitionName: etl
    type: container
    containerProperties:
      image: my-image:1.0
      resourceRequirements:
        - { type: VCPU, value: "2" }
        - { type: MEMORY, value: "4096" }
    retryStrategy:
      attempts: 3
      evaluateOnExit:
        - { onStatusReason: "Host EC2*", action: RETRY }
        - { onReason: "*", action: EXIT }
computeEnvironments:
  - computeEnvironmentName: spot
    type: MANAGED
    computeResources: { type: SPOT, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }
jobQueues:
  - jobQueueName: etl-queue
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: spot }`},appliesTo:["jobDefinition"],messages:{noRetry:'This job runs on Spot ({{spot}}, {{pairing}}) but {{why}}: a Spot reclaim fails it. Retry onStatusReason "Host EC2*" with attempts of at least 2.',noRetryFargateSpot:"This job runs on Fargate Spot ({{spot}}, {{pairing}}) but {{why}}: a Fargate Spot interruption (two minutes' notice) fails it. Set attempts of at least 2."},check(e,t){let{retry:n}=b(e),o=a=>s=>s.queue.environments.find(u=>u.environment&&Ue(u.environment.data).enabled&&Ue(u.environment.data).provisioning===a)?.environment?.name,r=n.strategy.certainty==="absent",i=n.retriesNothing;if(n.retriesSpotReclaim===!1)for(let{pairing:a,result:s}of J(e,t.model,o("SPOT"))){let c=r?"it has no retryStrategy":i?"retryStrategy allows a single attempt":"its evaluateOnExit exits on the reclaim reason before retrying it",u=r?["jobDefinitionName"]:i?n.attempts.path:n.evaluateOnExit.path;t.report({messageId:"noRetry",data:{spot:s,pairing:x(a),why:c},path:u,key:u[0]==="jobDefinitionName"})}if(i)for(let{pairing:a,result:s}of J(e,t.model,o("FARGATE_SPOT"))){let c=r?"it has no retryStrategy":"retryStrategy allows a single attempt",u=r?["jobDefinitionName"]:n.attempts.path;t.report({messageId:"noRetryFargateSpot",data:{spot:s,pairing:x(a),why:c},path:u,key:u[0]==="jobDefinitionName"})}}});var Ya=[Fa,ja,Oa,Ma,Da,_a,Ua,Ba,Ga,qa,La,$a,Va,za,Ja,Wa,Ka,Ha,Qa];var Za=m({id:"min-vcpus-always-on",title:"Managed compute environment keeps instances running (minvCpus > 0)",category:"cost",severity:"warning",description:"A managed EC2/Spot compute environment with minvCpus above 0 keeps that capacity running, and billed, around the clock, even when no job runs and even when the environment is DISABLED.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html",docs:{rationale:'AWS: minvCpus is "the minimum number of vCPUs that an environment should maintain (even if the compute environment is DISABLED)". Batch scales down to minvCpus but never below, and does not shrink instance sizes, so the floor is paid for 24x7 in whole instances. The message prices the floor as the cheapest whole instances of the allowed types that cover minvCpus (bundled catalog, 730 hours a month), as the idle-floor line of the cost report does: a lower bound.',fix:"Set minvCpus to 0 unless jobs need capacity that is already warm; to stop the charges of an unused environment, set minvCpus to 0 before disabling it.",bad:`computeEnvironmentName: batch-ce
type: MANAGED
computeResources:
  type: EC2
  minvCpus: 16
  maxvCpus: 256`,good:`computeEnvironmentName: batch-ce
type: MANAGED
computeResources:
  type: EC2
  minvCpus: 0
  maxvCpus: 256`},appliesTo:["computeEnvironment"],options:{...rt},messages:{alwaysOn:"minvCpus is {{min}}: Batch keeps at least {{min}} vCPUs of instances running and billed around the clock, even with no jobs; set it to 0 unless you need warm capacity.",alwaysOnPriced:"minvCpus is {{min}}: Batch keeps at least {{min}} vCPUs of instances running and billed around the clock, even with no jobs (at least {{monthly}} a month: {{type}} in {{region}}, the cheapest whole instances that cover {{min}} vCPUs among its instance types, {{perVcpu}} per vCPU-hour); set it to 0 unless you need warm capacity.",disabled:"minvCpus is {{min}} on a DISABLED environment: its instances are still kept running and billed; set minvCpus to 0.",disabledPriced:"minvCpus is {{min}} on a DISABLED environment: its instances are still kept running and billed (at least {{monthly}} a month: {{type}} in {{region}}, the cheapest whole instances that cover {{min}} vCPUs among its instance types, {{perVcpu}} per vCPU-hour); set minvCpus to 0."},check(e,t){let n=v(e);if(W(n)||Z(n))return;let o=d(n.resources.minvCpus);if(o===void 0||o<=0)return;let r=n.resources.minvCpus.path,i=pe(n.state),a=be(e,t.options),s=Nn(Ne(e,a,t.prices(),t.instances())?.priced??[],o);if(!s){t.report({messageId:i?"disabled":"alwaysOn",data:{min:o},path:r});return}let c=s.type,u=K(s.usdPerHour*730),p={min:o,monthly:u,perVcpu:K(c.usdPerVcpuHour),type:`${s.instances} x ${c.type.name}${c.price.basis==="spot-estimate"?" at an estimated Spot price":""}`,region:a};t.report({messageId:i?"disabledPriced":"alwaysOnPriced",data:p,path:r})}});var Xa=m({id:"non-gpu-job-on-gpu-environment",title:"Jobs without GPUs on a GPU-only compute environment",category:"cost",severity:"warning",description:"A compute environment that launches only GPU instance types serves job definitions that ask for no GPU: they pay GPU prices and can block GPU jobs.",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/gpu-jobs.html",docs:{rationale:"AWS: jobs that do not need GPUs can run on GPU instances, but they cost more and can take the capacity GPU jobs are waiting for. A GPU instance costs several times a CPU instance of the same size.",fix:"Send CPU jobs to a queue with CPU families (c, m, r) and keep this environment for GPU jobs.",bad:`jobDefinitions:
  - jobDefinitionName: train
    type: container
    containerProperties:
      image: my-image:1.0
      resourceRequirements:
        - { type: VCPU, value: "4" }
        - { type: MEMORY, value: "15000" }
computeEnvironments:
  - computeEnvironmentName: gpu
    type: MANAGED
    computeResources:
      type: EC2
      maxvCpus: 256
      instanceTypes: [g5, p4d]
      subnets: [subnet-1]
jobQueues:
  - jobQueueName: gpu
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: gpu }`,good:`jobDefinitions:
  - jobDefinitionName: train
    type: container
    containerProperties:
      image: my-image:1.0
      resourceRequirements:
        - { type: VCPU, value: "4" }
        - { type: MEMORY, value: "15000" }
computeEnvironments:
  - computeEnvironmentName: gpu
    type: MANAGED
    computeResources:
      type: EC2
      maxvCpus: 256
      instanceTypes: [g5, c5]
      subnets: [subnet-1]
jobQueues:
  - jobQueueName: gpu
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: gpu }`},appliesTo:["computeEnvironment"],messages:{cpuJob:"This environment launches only GPU instance types ({{entries}}), but it serves {{job}}, which asks for no GPU [pairing: {{pairing}}]: the job pays GPU prices and takes GPU capacity. Run it on a CPU queue."},check(e,t){let n=t.instanceTypes(e);if(!n||n.unresolved.length>0||n.types.length===0||!n.types.every(r=>le(r)>0))return;let o=Ee(e,t.model).find(r=>!r.gpu&&r.requirements&&r.requirements.nodes.every(i=>i.complete));o&&t.report({messageId:"cpuJob",data:{entries:n.entries.map(r=>r.entry).join(", "),job:o.pairing.jobDefinition.name,pairing:x(o.pairing)},path:v(e).resources.instanceTypes.path})}});var Gu=1e3,es=m({id:"max-vcpus-burn-rate",title:"maxvCpus allows a burn rate above the budget",category:"cost",severity:"warning",description:"At maxvCpus, the compute environment could spend more per hour than the budget (default 1,000 USD/hour) on its dearest allowed instance type.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeResource.html",docs:{rationale:"maxvCpus is the only ceiling Batch puts on what an environment launches (and BEST_FIT_PROGRESSIVE and the Spot strategies may exceed it by one instance). A runaway array job or a retry loop scales the environment to it. The figure is maxvCpus x the highest price per vCPU-hour among the allowed instance types in the bundled price catalog (Fargate: the vCPU rate plus 8 GB of memory per vCPU, the most Fargate allows), in the environment's region or the `region` option. Types the catalog cannot price are left out, so the figure is a lower bound. Option `budgetUsdPerHour` (default 1000).",fix:"Lower maxvCpus to what the workload needs, or raise the budget in the config if the spend is intended: `rules: { max-vcpus-burn-rate: [warning, { budgetUsdPerHour: 5000 }] }`.",bad:`computeEnvironmentName: gpu-ce
type: MANAGED
computeResources:
  type: EC2
  maxvCpus: 10000
  instanceTypes: [p4d.24xlarge]`,good:`computeEnvironmentName: gpu-ce
type: MANAGED
computeResources:
  type: EC2
  maxvCpus: 96
  instanceTypes: [p4d.24xlarge]`},appliesTo:["computeEnvironment"],options:{budgetUsdPerHour:M.number(Gu,{exclusiveMinimum:0}),...rt},messages:{overBudget:"At maxvCpus {{max}} this environment can spend about {{rate}} an hour ({{what}} in {{region}}), above the budget of {{budget}} an hour; lower maxvCpus or raise budgetUsdPerHour."},check(e,t){let n=v(e);if(W(n))return;let o=d(n.resources.maxvCpus);if(o===void 0||o<=0)return;let r=t.options.budgetUsdPerHour,i=be(e,t.options),a=Kt(e,i,t.prices(),t.instances());if(!a)return;let s=a.usdPerVcpuHour,c=a.what==="Fargate"?`Fargate at ${K(s)} per vCPU-hour with ${Cn} GB per vCPU`:`${a.what} at ${K(s)} per vCPU-hour${a.basis==="spot-estimate"?", an estimated Spot price":""}`,u=o*s;u<=r||t.report({messageId:"overBudget",data:{max:o,rate:K(u),what:c,region:i,budget:K(r)},path:n.resources.maxvCpus.path})}});var ts=m({id:"scale-down-delay-idle-cost",title:"minScaleDownDelayMinutes keeps idle instances billed",category:"cost",severity:"note",description:"scalingPolicy.minScaleDownDelayMinutes keeps instances running, and billed, for that long after their last job.",helpUri:"https://docs.aws.amazon.com/batch/latest/APIReference/API_ComputeScalingPolicy.html",docs:{rationale:"AWS: minScaleDownDelayMinutes (20-10080; 0 unsets it) is the minimum time an instance is kept after its last job, and idle instances kept during the delay are billed at EC2 prices. It saves start-up time for bursty queues, at the price of idle hours after every burst. The message prices one idle period of the cheapest allowed instance type (bundled catalog). Option `allowedMinutes` (default 0): delays up to it are not reported.",fix:"Remove scalingPolicy (or set minScaleDownDelayMinutes to 0) unless jobs arrive in bursts closer together than the delay; otherwise keep the delay as short as the gaps between bursts.",bad:`computeEnvironmentName: ce
type: MANAGED
computeResources:
  type: EC2
  maxvCpus: 256
  scalingPolicy:
    minScaleDownDelayMinutes: 120`,good:`computeEnvironmentName: ce
type: MANAGED
computeResources:
  type: EC2
  maxvCpus: 256`},appliesTo:["computeEnvironment"],options:{allowedMinutes:M.number(0,{minimum:0}),...rt},messages:{idle:"minScaleDownDelayMinutes is {{minutes}}: every instance stays running and billed for at least {{minutes}} minutes after its last job; remove it unless jobs come in bursts closer than that.",idlePriced:"minScaleDownDelayMinutes is {{minutes}}: every instance stays running and billed for at least {{minutes}} minutes after its last job (at least {{cost}} per instance each time for {{type}} in {{region}}); remove it unless jobs come in bursts closer than that."},check(e,t){let n=v(e);if(Z(n))return;let o=n.resources.scalingPolicy;if(o.certainty!=="known")return;let r=o.value.minScaleDownDelayMinutes,i=d(r);if(i===void 0||i<=0||i<=t.options.allowedMinutes)return;let a=be(e,t.options),s=Ne(e,a,t.prices(),t.instances())?.priced.sort((c,u)=>c.price.usdPerHour-u.price.usdPerHour)[0];if(!s){t.report({messageId:"idle",data:{minutes:i},path:r.path});return}t.report({messageId:"idlePriced",data:{minutes:i,cost:K(s.price.usdPerHour*i/60),type:s.type.name,region:a},path:r.path})}});var ns=m({id:"memory-blocks-extra-copy",title:"Memory just above what lets one more copy fit per instance",category:"cost",severity:"note",description:"The job asks for slightly more memory than would let one more copy of it fit on the instance type Batch would launch for it, so each instance runs one copy fewer.",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/memory-management.html",docs:{rationale:"Batch packs as many copies of a job on an instance as its vCPUs, registered memory and GPUs allow, and bills the instance. When memory is the limit, a request a few percent too large costs a whole copy per instance: 2 copies instead of 3 is 50% more per job. The instance type is the one the environment's allocation strategy would pick (BEST_FIT: the cheapest that fits, bundled price catalog); memory available to jobs comes from the placement memory model (docs/placement.md). Option `maxTrimPercent` (default 10): only trims up to this share of the job's memory are suggested.",fix:"If the job's real peak allows it, lower MEMORY to the value in the message (measure it first: a job over its memory is killed).",bad:`# 8192 MiB on m5.xlarge (about 15938 MiB available to jobs): one copy per instance; 7969 MiB would allow two.
jobDefinitions:
  - jobDefinitionName: transcode
    type: container
    containerProperties:
      image: my-image:1.0
      resourceRequirements:
        - { type: VCPU, value: "1" }
        - { type: MEMORY, value: "8192" }
computeEnvironments:
  - computeEnvironmentName: media
    type: MANAGED
    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [m5.xlarge], subnets: [subnet-1] }
jobQueues:
  - jobQueueName: media
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: media }`,good:`# 7900 MiB: two copies fit on one m5.xlarge.
jobDefinitions:
  - jobDefinitionName: transcode
    type: container
    containerProperties:
      image: my-image:1.0
      resourceRequirements:
        - { type: VCPU, value: "1" }
        - { type: MEMORY, value: "7900" }
computeEnvironments:
  - computeEnvironmentName: media
    type: MANAGED
    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [m5.xlarge], subnets: [subnet-1] }
jobQueues:
  - jobQueueName: media
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: media }`},appliesTo:["jobDefinition"],options:{...te,maxTrimPercent:M.number(wn,{exclusiveMinimum:0,maximum:50})},messages:{oneMore:"MEMORY is {{memory}} MiB: one {{type}} ({{available}} MiB available to jobs under the memory model) holds {{copies}}; at {{target}} MiB or less it would hold {{next}}, about {{saving}} less per job-hour ({{percent}}% less) [environment {{environment}}, {{pairing}}]."},check(e,t){let n=ne(t.options),o=t.options.maxTrimPercent,i=J(e,t.model,a=>{let s=ee(e,a,t.model,n);if(!(!s.requirements||s.requirements.multinode))for(let c of s.environments){if(c.status!=="instances"||!c.environment||(c.expansion?.unresolved.length??0)>0)continue;let u=c.nodes[0];if(!u||!u.node.complete||!u.node.memoryMiB)continue;let p=n.region??c.region??be(c.environment,t.options),l=c.platform?.provisioning==="SPOT",{priced:h,unpriced:y}=tt(u.candidates,t.prices(),p,l?"spot":"on-demand",{durationSeconds:3600,jobs:1}),A=nt(h,y,d(xe(c.environment.data).resources.allocationStrategy),l?"spot":"on-demand");if(!A||typeof A=="string")continue;let E=zt(u.node,A.chosen.fit,o);if(!E)continue;let P=A.chosen.price.usdPerHour/E.copies,I=A.chosen.price.usdPerHour/E.nextCopies;return{path:u.node.memoryMiB.path,data:{memory:u.node.memoryMiB.value,type:A.chosen.fit.type.name,available:A.chosen.fit.availableMiB,copies:E.copies===1?"1 copy":`${E.copies} copies`,target:E.memoryMiB,next:E.nextCopies,saving:K(P-I),percent:Math.round(100*(P-I)/P),environment:c.environment.name,pairing:x(a)}}}})[0];i&&t.report({messageId:"oneMore",data:i.result.data,path:i.result.path})}});var qu=3600,os=m({id:"on-demand-for-spot-ready-jobs",title:"On-Demand environment serving jobs ready for Spot",category:"cost",severity:"note",description:"An On-Demand (EC2) compute environment, in a queue with no Spot environment, serves a job that retries Spot reclaims and times out within an hour: Spot would run it for less.",helpUri:"https://docs.aws.amazon.com/batch/latest/userguide/bestpractice6.html",docs:{rationale:"AWS recommends Spot for jobs that are interruption-tolerant: short (about 30 minutes, never an hour or more) and retried when the host is reclaimed (`evaluateOnExit` RETRY on `Host EC2*`). Such a job on On-Demand pays the full price for no benefit. The saving is On-Demand minus Spot for the type BEST_FIT would pick (bundled catalog; the Spot figure is an estimate from the Spot Instance Advisor's typical savings, not a market price). Only jobs the environment serves for sure (declared pairings, or the only queue of their platform) are considered, and queues that already hold a SPOT environment (On-Demand as fallback is a recommended pattern) are not reported. Multinode jobs cannot run on Spot and are skipped.",fix:"Add a SPOT environment (allocationStrategy SPOT_PRICE_CAPACITY_OPTIMIZED) before this one in the queue, keeping this one as the fallback.",bad:`# Half-hour jobs that already retry Spot reclaims, on On-Demand capacity only.
jobDefinitions:
  - jobDefinitionName: thumbnails
    type: container
    containerProperties:
      image: my-image:1.0
      resourceRequirements:
        - { type: VCPU, value: "2" }
        - { type: MEMORY, value: "4096" }
    timeout:
      attemptDurationSeconds: 1800
    retryStrategy:
      attempts: 3
      evaluateOnExit:
        - { onStatusReason: "Host EC2*", action: RETRY }
        - { onReason: "*", action: EXIT }
computeEnvironments:
  - computeEnvironmentName: on-demand
    type: MANAGED
    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }
jobQueues:
  - jobQueueName: thumbnails
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: on-demand }`,good:`# Two-hour jobs: AWS advises On-Demand for jobs of an hour or more.
jobDefinitions:
  - jobDefinitionName: thumbnails
    type: container
    containerProperties:
      image: my-image:1.0
      resourceRequirements:
        - { type: VCPU, value: "2" }
        - { type: MEMORY, value: "4096" }
    timeout:
      attemptDurationSeconds: 7200
    retryStrategy:
      attempts: 3
      evaluateOnExit:
        - { onStatusReason: "Host EC2*", action: RETRY }
        - { onReason: "*", action: EXIT }
computeEnvironments:
  - computeEnvironmentName: on-demand
    type: MANAGED
    computeResources: { type: EC2, maxvCpus: 64, instanceTypes: [m5], subnets: [subnet-1] }
jobQueues:
  - jobQueueName: thumbnails
    priority: 1
    computeEnvironmentOrder:
      - { order: 1, computeEnvironment: on-demand }`},appliesTo:["computeEnvironment"],options:te,messages:{spotReady:"This On-Demand environment serves {{job}}, which retries Spot reclaims and times out within {{timeout}} [{{pairing}}]: on Spot, {{type}} costs about {{spot}} an hour instead of {{onDemand}} ({{percent}}% less; {{basis}}). Put a SPOT environment before this one in the queue."},check(e,t){let n=v(e);if(!T(n,"EC2")||!G(e).managed)return;let o=ne(t.options);for(let r of Ee(e,t.model)){let i=r.pairing.jobDefinition;if(!r.requirements||r.requirements.multinode)continue;let a=qe(i.data).attemptDurationSeconds;if(a===void 0||a>=qu||!Vt(i.data)||r.pairing.queue.environments.some(I=>I.environment&&Po(v(I.environment),"SPOT"))||r.pairing.queue.environments.some(I=>!I.environment))continue;let u=ee(i,r.pairing,t.model,o).environments.find(I=>I.environment===e&&I.status==="instances"),p=u?.nodes[0];if(!u||!p)continue;let l=o.region??u.region??be(e,t.options),h=t.prices(),{priced:y,unpriced:A}=tt(p.candidates,h,l,"on-demand",{durationSeconds:3600,jobs:1}),E=nt(y,A,d(n.resources.allocationStrategy),"on-demand");if(!E||typeof E=="string")continue;let P=Jt(h,l,E.chosen.fit.type.name);if(P){t.report({messageId:"spotReady",data:{job:i.name,timeout:mt(a),pairing:x(r.pairing),type:`${E.chosen.fit.type.name} in ${l}`,spot:K(P.spot.usdPerHour),onDemand:K(P.onDemand.usdPerHour),percent:Math.round(100*(P.onDemand.usdPerHour-P.spot.usdPerHour)/P.onDemand.usdPerHour),basis:P.spot.basis==="spot-estimate"?"Spot price estimated from typical savings":"Spot market price"},path:n.resources.provisioning.path});return}}}});var rs=[Za,Xa,es,ts,ns,os];var is=[..._r,...Hr,...vi,...Ti,...Fi,...Pa,...ka,...Ya,...rs],DS=new Map(is.map(e=>[e.id,e])),Lu=[...is,...Ur],_S=new Map(Lu.map(e=>[e.id,e]));export{uo as a,mo as b,Br as c,Gr as d,po as e,Oe as f,Yu as g,gr as h,Wp as i,br as j,Kp as k,et as l,Bt as m,ed as n,d as o,N as p,k as q,$ as r,Ue as s,Ct as t,Lo as u,nr as v,Xs as w,gn as x,bp as y,Ft as z,vp as A,or as B,kt as C,Mr as D,Dr as E,Qe as F,Ho as G,Ot as H,x as I,ne as J,bn as K,mr as L,Bp as M,qp as N,mt as O,ot as P,kr as Q,dl as R,is as S,DS as T,Lu as U,_S as V};
