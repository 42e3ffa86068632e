# Misconception: keras.models.clone_model on a one-layer encoder makes the "same" encoder for the right side
# Expect: fail
import keras


def build_siamese_model():
    left = keras.Input(shape=(10,))
    right = keras.Input(shape=(10,))
    encoder = keras.Sequential([keras.Input((10,)), keras.layers.Dense(6, activation="tanh")], name="enc")
    twin = keras.models.clone_model(encoder)
    twin.set_weights(encoder.get_weights())
    twin.name = "twin"
    diff = keras.layers.Subtract()([encoder(left), twin(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(diff))
