# Misconception: NumPy's maximum applies a ReLU to a Keras tensor inside a model
# (explained from the error NumPy raises in the learner's line, no table entry).
# Expect: fail "raised ValueError[\s\S]*a NumPy \(or TensorFlow\) function was called on a symbolic tensor"
def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(32, activation="relu")(flat)
    branch = keras.layers.Dense(16)(branch)
    shortcut = keras.layers.Dense(16)(flat)
    merged = np.maximum(keras.layers.Add()([branch, shortcut]), 0)
    return keras.Model(features, keras.layers.Dense(3)(merged))
