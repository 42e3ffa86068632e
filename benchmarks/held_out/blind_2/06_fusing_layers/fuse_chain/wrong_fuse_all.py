# Misconception: all three Dense layers are linear maps, so fuse them into one Dense(3)
# Expect: fail
import keras


def fuse_chain(chain):
    we, be = chain.get_layer("expand").get_weights()
    wp, bp = chain.get_layer("project").get_weights()
    ws, bs = chain.get_layer("score").get_weights()
    inputs = keras.Input(shape=(6,))
    layer = keras.layers.Dense(3)
    model = keras.Model(inputs, layer(inputs))
    layer.set_weights([we @ wp @ ws, (be @ wp + bp) @ ws + bs])
    return model
