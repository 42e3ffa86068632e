# Alternative: both new layers built by hand and assigned in place, the ReLU as its own
# layer, in a functional model; 'score' copied with set_weights.
# Expect: pass
def fuse_chain(chain):
    expand, project = chain.get_layer("expand"), chain.get_layer("project")
    fused = keras.layers.Dense(8)
    fused.build((None, 6))
    fused.kernel.assign(expand.kernel.numpy() @ project.kernel.numpy())
    fused.bias.assign(expand.bias.numpy() @ project.kernel.numpy() + project.bias.numpy())
    score = keras.layers.Dense(3)
    score.build((None, 8))
    score.set_weights(chain.get_layer("score").get_weights())
    inputs = keras.Input((6,))
    return keras.Model(inputs, score(keras.layers.ReLU()(fused(inputs))))
