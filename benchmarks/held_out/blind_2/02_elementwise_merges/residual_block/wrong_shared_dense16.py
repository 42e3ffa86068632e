# Misconception: reused the branch's Dense(16) object as the projection, thinking it's "the same projection"
# Expect: fail
import keras


def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    hidden = keras.layers.Dense(32, activation="relu")(flat)
    to16 = keras.layers.Dense(16)
    proj_hidden = keras.layers.Dense(128)(hidden)
    branch = to16(proj_hidden)
    shortcut = to16(flat)
    merged = keras.layers.Activation("relu")(keras.layers.Add()([branch, shortcut]))
    return keras.Model(features, keras.layers.Dense(3)(merged))
