# Misconception: the batch size read from a symbolic tensor to broadcast the metadata; it is None while the model is built (explained by raised.none_size, no table entry).
# Expect: fail "a size that is None reached an operation when the model ran: while"
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    batch = keras.ops.shape(metadata)[0]
    tiled = keras.ops.broadcast_to(keras.ops.reshape(metadata, (-1, 1, 1, 3)), (batch, 8, 8, 3))
    stacked = keras.layers.Concatenate()([features, tiled])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(stacked))
