# Misconception: the new Dense(3) will be fine-tuned anyway, so its values need not be copied
# Expect: fail
import keras


def fuse_chain(chain):
    we, be = chain.get_layer("expand").get_weights()
    wp, bp = chain.get_layer("project").get_weights()
    inputs = keras.Input(shape=(6,))
    fused = keras.layers.Dense(8, activation="relu")
    x = fused(inputs)
    fused.set_weights([we @ wp, be @ wp + bp])
    return keras.Model(inputs, keras.layers.Dense(3)(x))
