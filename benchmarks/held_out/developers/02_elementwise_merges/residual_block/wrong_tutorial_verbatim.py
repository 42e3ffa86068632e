# Misconception: the Keras 2 tutorial runs as written (Add called on two tensors, no projection, K.relu)
# Expect: fail
from keras import backend as K
import keras


def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(32, activation="relu")(flat)
    branch = keras.layers.Dense(16)(branch)
    merged = keras.layers.Add()(branch, flat)
    merged = keras.layers.Lambda(lambda t: K.relu(t))(merged)
    output = keras.layers.Dense(3)(merged)
    return keras.Model(features, output)
