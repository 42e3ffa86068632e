# Wrong: the projection with use_bias=False, as in some ResNet code (explained by structure, no table entry).
# Expect: fail "projection \(Dense\) .* has no bias"
def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(32, activation="relu")(flat)
    branch = keras.layers.Dense(16)(branch)
    shortcut = keras.layers.Dense(16, use_bias=False)(flat)
    merged = keras.layers.Activation("relu")(keras.layers.Add()([branch, shortcut]))
    return keras.Model(features, keras.layers.Dense(3)(merged))
