# Misconception: fused project and score (the pair next to the output) and kept expand
# Expect: fail
import keras


def fuse_chain(chain):
    we, be = chain.get_layer("expand").get_weights()
    wp, bp = chain.get_layer("project").get_weights()
    ws, bs = chain.get_layer("score").get_weights()
    inputs = keras.Input(shape=(6,))
    first = keras.layers.Dense(16)
    second = keras.layers.Dense(3)
    model = keras.Model(inputs, second(keras.layers.ReLU()(first(inputs))))
    first.set_weights([we, be])
    second.set_weights([wp @ ws, bp @ ws + bs])
    return model
