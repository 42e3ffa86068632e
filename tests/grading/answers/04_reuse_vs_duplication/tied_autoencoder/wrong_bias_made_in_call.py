# Misconception: the decoder's bias can be made where it is used, in call() (Keras
# tracks a layer's state only from __init__ and build).
# Expect: fail "Keras 3 tracks a layer's state only from __init__\(\) and build\(\)"
class DenseTransposed(keras.layers.Layer):
    def __init__(self, tied_to, **kwargs):
        super().__init__(**kwargs)
        self.tied_to = tied_to

    def call(self, inputs):
        self.bias = self.add_weight(shape=(12,), initializer="zeros")
        return keras.ops.matmul(inputs, keras.ops.transpose(self.tied_to.kernel)) + self.bias


def build_tied_autoencoder():
    inputs = keras.Input(shape=(12,))
    encoder = keras.layers.Dense(5, activation="relu")
    return keras.Model(inputs, DenseTransposed(encoder)(encoder(inputs)))
