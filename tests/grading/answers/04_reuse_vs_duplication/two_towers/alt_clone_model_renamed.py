# Alternative: keras.models.clone_model also clones a single layer; give the clone another name.
# Expect: pass
def build_two_tower_model(encoder):
    left = keras.Input((8,))
    right = keras.Input((8,))
    twin = keras.models.clone_model(encoder)
    twin.name = "right_encoder"
    merged = keras.layers.Concatenate()([encoder(left), twin(right)])
    return keras.Model([left, right], keras.layers.Dense(1, activation="sigmoid")(merged))
