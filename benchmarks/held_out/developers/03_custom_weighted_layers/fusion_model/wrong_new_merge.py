# Misconception: builds its own weighted merge instead of the one passed in
# Expect: fail
from keras import ops


class MyMerge(keras.layers.Layer):
    def build(self, input_shape):
        self.logits = self.add_weight(shape=(len(input_shape),), initializer="zeros")

    def call(self, inputs):
        w = ops.softmax(self.logits)
        return sum(w[i] * x for i, x in enumerate(inputs))


def build_fusion_model(merge):
    acc = keras.Input(shape=(3,))
    gyro = keras.Input(shape=(5,))
    mag = keras.Input(shape=(7,))
    a = keras.layers.Dense(4, activation="relu")(acc)
    g = keras.layers.Dense(4, activation="relu")(gyro)
    m = keras.layers.Dense(4, activation="relu")(mag)
    return keras.Model([acc, gyro, mag], keras.layers.Dense(1)(MyMerge()([a, g, m])))
