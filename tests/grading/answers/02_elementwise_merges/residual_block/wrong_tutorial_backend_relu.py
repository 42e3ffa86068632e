# Misconception: the tutorial is repaired once Add gets a list and a projection; its K.relu
# (keras.backend's math functions are gone in Keras 3) fails inside the Lambda, which Keras
# reports as an output shape it cannot infer (explained from Keras's own error by keras_errors,
# no table entry).
# Expect: fail "raised NotImplementedError[\s\S]*ran the Lambda's function on a symbolic tensor"
from keras import backend as K


def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(32, activation="relu")(flat)
    branch = keras.layers.Dense(16)(branch)
    merged = keras.layers.Add()([branch, keras.layers.Dense(16)(flat)])
    merged = keras.layers.Lambda(lambda t: K.relu(t))(merged)
    output = keras.layers.Dense(3)(merged)
    return keras.Model(features, output)
