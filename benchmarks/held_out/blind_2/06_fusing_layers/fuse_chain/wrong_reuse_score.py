# Misconception: the score layer is unchanged, so the original layer object can be reused
# Expect: fail
import keras


def fuse_chain(chain):
    we, be = chain.get_layer("expand").get_weights()
    wp, bp = chain.get_layer("project").get_weights()
    inputs = keras.Input(shape=(6,))
    fused = keras.layers.Dense(8, activation="relu")
    x = fused(inputs)
    fused.set_weights([we @ wp, be @ wp + bp])
    return keras.Model(inputs, chain.get_layer("score")(x))
