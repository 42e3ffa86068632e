# Alternative: clone_model, then each variable of the clone assigned its counterpart's value.
# Expect: pass
def copy_encoder(encoder):
    twin = keras.models.clone_model(encoder)
    for mine, theirs in zip(twin.weights, encoder.weights, strict=True):
        mine.assign(theirs)
    return twin
