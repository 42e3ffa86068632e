# Alternative: keras.models.clone_model on a one-layer Sequential wrapping top (fresh init)
# Expect: pass
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))

    wrapper = keras.Sequential([keras.Input((stem.units,)), top])
    fresh = keras.models.clone_model(wrapper)
    fresh.name = "document_top"
    c = keras.layers.Concatenate()([top(stem(q)), fresh(stem(d))])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(c))
