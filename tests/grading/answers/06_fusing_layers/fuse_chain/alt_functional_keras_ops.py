# Alternative: functional, keras.ops on the variables; 'score' rebuilt from its config, values copied.
# Expect: pass
def fuse_chain(chain):
    expand, project = chain.get_layer("expand"), chain.get_layer("project")
    readings = keras.Input(shape=(6,))
    fused = keras.layers.Dense(8, activation="relu")
    score = keras.layers.Dense.from_config(chain.get_layer("score").get_config())
    model = keras.Model(readings, score(fused(readings)))
    fused.kernel.assign(keras.ops.matmul(expand.kernel, project.kernel))
    fused.bias.assign(keras.ops.matmul(expand.bias, project.kernel) + project.bias)
    score.set_weights(chain.get_layer("score").get_weights())
    return model
