# Alternative: the score copy rebuilt from its own config (renamed) and weights; separate ReLU layer
# Expect: pass
import keras


def fuse_chain(chain):
    expand, project, score = (chain.get_layer(n) for n in ("expand", "project", "score"))
    kernel = keras.ops.matmul(expand.kernel, project.kernel)
    bias = keras.ops.matmul(expand.bias, project.kernel) + project.bias
    inputs = keras.Input(shape=(6,))
    fused = keras.layers.Dense(8, activation="relu")
    copy = keras.layers.Dense.from_config({**score.get_config(), "name": "score_new"})
    outputs = copy(fused(inputs))
    fused.kernel.assign(kernel)
    fused.bias.assign(bias)
    copy.set_weights(score.get_weights())
    return keras.Model(inputs, outputs)
