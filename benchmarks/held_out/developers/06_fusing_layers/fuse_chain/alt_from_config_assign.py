# Alternative: score rebuilt from its config, values assigned with keras.ops
# Expect: pass
from keras import ops


def fuse_chain(chain):
    expand, project, score = (chain.get_layer(n) for n in ("expand", "project", "score"))
    fused = keras.layers.Dense(project.units, activation=project.activation)
    new_score = keras.layers.Dense.from_config(score.get_config())
    model = keras.Sequential([keras.Input(shape=(6,)), fused, new_score], name="fused_chain")
    fused.kernel.assign(ops.matmul(expand.kernel, project.kernel))
    fused.bias.assign(ops.matmul(ops.expand_dims(expand.bias, 0), project.kernel)[0] + project.bias)
    new_score.kernel.assign(score.kernel)
    new_score.bias.assign(score.bias)
    return model
