# Misconception: copying 'score' is the work; the fused Dense(8, relu) sorts itself out in a Sequential (explained from the layer's own initializer by fusing_layers._never_set, no table entry)
# Expect: fail "fused layer: its values were never set: the kernel is still the random one its initializer \(GlorotUniform\) drew"
def fuse_chain(chain):
    score = keras.layers.Dense(3)
    model = keras.Sequential(
        [keras.Input(shape=(6,)), keras.layers.Dense(8, activation="relu"), score]
    )
    score.set_weights(chain.get_layer("score").get_weights())
    return model
