# Alternative: freezes the whole extractor, then unfreezes 'features' (in Keras 3 the layer's variables still train)
# Expect: pass
def prepare_fine_tuning(model, extractor):

    extractor.trainable = False
    extractor.get_layer("features").trainable = True
    model.compile(optimizer=keras.optimizers.RMSprop(1e-5), loss=keras.losses.CategoricalCrossentropy())
    return model
