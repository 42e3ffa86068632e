# Misconception: Keras 2's backend K.dot / K.get_value still do the matrix product
# Expect: fail
from keras import backend as K


def fuse_pair(pair):
    first, second = pair.get_layer("first"), pair.get_layer("second")
    kernel = K.dot(first.kernel, second.kernel)
    bias = K.dot(K.expand_dims(first.bias, 0), second.kernel)[0] + second.bias
    fused = keras.layers.Dense(4)
    model = keras.Sequential([keras.Input(shape=(6,)), fused])
    fused.set_weights([K.get_value(kernel), K.get_value(bias)])
    return model
