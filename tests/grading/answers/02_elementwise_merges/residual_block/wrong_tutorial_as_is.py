# Misconception: a merge layer takes the tensors as separate arguments, Add()(branch, flat), as
# in the Task 1 tutorial (explained from Keras's own error by keras_errors, no table entry).
# Expect: fail "raised TypeError[\s\S]*called on separate tensors, Layer\(\)\(a, b\)"
from keras import backend as K


def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(32, activation="relu")(flat)
    branch = keras.layers.Dense(16)(branch)
    merged = keras.layers.Add()(branch, flat)
    merged = keras.layers.Lambda(lambda t: K.relu(t))(merged)
    output = keras.layers.Dense(3)(merged)
    return keras.Model(features, output)
