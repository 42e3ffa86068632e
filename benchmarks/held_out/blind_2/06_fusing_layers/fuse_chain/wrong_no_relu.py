# Misconception: fused layers are linear, so the fused Dense(8) has no activation
# Expect: fail
import keras


def fuse_chain(chain):
    we, be = chain.get_layer("expand").get_weights()
    wp, bp = chain.get_layer("project").get_weights()
    ws, bs = chain.get_layer("score").get_weights()
    inputs = keras.Input(shape=(6,))
    fused = keras.layers.Dense(8)
    score = keras.layers.Dense(3)
    model = keras.Model(inputs, score(fused(inputs)))
    fused.set_weights([we @ wp, be @ wp + bp])
    score.set_weights([ws, bs])
    return model
