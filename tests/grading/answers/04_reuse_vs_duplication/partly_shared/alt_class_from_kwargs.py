# Alternative: the duplicate made by calling the top's class with its configuration as
# keyword arguments; the layers read with get_layer(index=...).
# Expect: pass
def build_partly_shared_model(encoder):
    stem = encoder.get_layer(index=0)
    top = encoder.get_layer(index=1)
    settings = {k: v for k, v in top.get_config().items() if k != "name"}
    twin = top.__class__(**settings)
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))
    features_q, features_d = stem(q), stem(d)
    out = keras.layers.Dense(1, activation="sigmoid")(
        keras.layers.Concatenate(axis=-1)([top(features_q), twin(features_d)])
    )
    return keras.Model([q, d], out)
